//! Nothing of any story in the code: the names of every story's actors (as the stories and
//! their translations write them) and its dateline appear nowhere in the app, its static
//! files, its interface catalogues or the build, outside comments (which may use them as
//! examples). A story is content; a word of it in the code would be a story the code cannot
//! tell without it.

use std::fs;
use std::path::{Path, PathBuf};

use explainer_content::{load_original, translations_of};

/// Where code lives: the app, its static files and page, the interface's words, the build.
const CODE: &[&str] = &[
    "src",
    "static",
    "index.html",
    "locales",
    "scripts",
    "build.rs",
    "Trunk.toml",
    "Cargo.toml",
    "crates/model/src",
    "crates/locale/src",
    "crates/content/src",
    "crates/site/src",
];

/// Words of the first story that are neither an actor's name nor its dateline.
const NAMED: &[&str] = &["Kabul"];

/// The stories: the main one and each of stories/, by their content files.
fn story_files(root: &Path) -> Vec<PathBuf> {
    let mut files = vec![root.join("content/story.toml")];
    if let Ok(stories) = fs::read_dir(root.join("stories")) {
        files.extend(stories.flatten().map(|e| e.path().join("story.toml")));
    }
    files.retain(|f| f.is_file());
    files.sort();
    files
}

/// The words no code may hold: every actor's short name (or its name, when it is one word),
/// its id, and each dateline, in every story and translation, as the content checker reads
/// them.
fn story_words(root: &Path) -> Vec<String> {
    let mut words: Vec<String> = NAMED.iter().map(|w| w.to_string()).collect();
    for file in story_files(root) {
        let name = file.display().to_string();
        let original = load_original(&name, &fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|problems| panic!("{problems}"));
        let translations: Vec<_> = translations_of(&file)
            .iter()
            .map(|translation| {
                let text = fs::read_to_string(translation).unwrap();
                original
                    .translate(&translation.display().to_string(), &text)
                    .unwrap_or_else(|problems| panic!("{problems}"))
            })
            .collect();
        for story in std::iter::once(original.story()).chain(&translations) {
            words.push(story.meta.dateline.to_string());
            for actor in story.actors {
                words.push(actor.short.to_string());
                if !actor.name.contains(' ') {
                    words.push(actor.name.to_string());
                }
                // An actor's id too (`russia`, `united-states`): ids stand in links and code.
                if actor.id.len() >= 5 {
                    words.push(actor.id.to_string());
                }
            }
        }
    }
    words.retain(|w| w.chars().count() >= 3);
    words.sort();
    words.dedup();
    words
}

/// A file's text without its comments, by its kind: `//` and `/* */` (Rust, JS, CSS), `#`
/// (shell, Fluent, TOML), `<!-- -->` (HTML). A `//` or `#` starts a comment only at a line's
/// start or after a space, so `https://` and `$#` stay code.
fn without_comments(path: &Path, text: &str) -> String {
    let ext = path
        .extension()
        .map_or(String::new(), |e| e.to_string_lossy().to_string());
    let (line, block) = match ext.as_str() {
        "rs" | "js" | "mjs" => (Some("//"), Some(("/*", "*/"))),
        "css" => (None, Some(("/*", "*/"))),
        "html" => (None, Some(("<!--", "-->"))),
        _ => (Some("#"), None),
    };
    let mut text = text.to_string();
    if let Some((open, close)) = block {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, " ");
        }
    }
    let Some(mark) = line else { return text };
    text.lines()
        .map(|l| {
            let cut = l
                .match_indices(mark)
                .map(|(i, _)| i)
                .find(|&i| i == 0 || l[..i].ends_with(char::is_whitespace));
            cut.map_or(l, |i| &l[..i])
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Each place `word` stands as a whole word in `text`: its line number.
fn lines_with(text: &str, word: &str) -> Vec<usize> {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.match_indices(word).any(|(i, _)| {
                !letter(line[..i].chars().next_back())
                    && !letter(line[i + word.len()..].chars().next())
            })
        })
        .map(|(n, _)| n + 1)
        .collect()
}

fn files_under(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in fs::read_dir(path).unwrap().flatten() {
            files_under(&entry.path(), out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

/// Every story word in code, as `file:line: word`.
fn story_in_code(root: &Path, words: &[String]) -> Vec<String> {
    let mut files = vec![];
    for place in CODE {
        files_under(&root.join(place), &mut files);
    }
    files.sort();
    let mut found = vec![];
    for file in files {
        let Ok(text) = fs::read_to_string(&file) else {
            continue; // not text (a font, an image)
        };
        let code = without_comments(&file, &text);
        for word in words {
            for line in lines_with(&code, word) {
                let shown = file.strip_prefix(root).unwrap_or(&file).display();
                found.push(format!("{shown}:{line}: {word}"));
            }
        }
    }
    found
}

#[test]
fn no_word_of_any_story_is_in_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let words = story_words(root);
    // The words are the stories': both stories' main actors, in every language.
    for must in [
        "Taliban",
        "Russia",
        "russia",
        "Moscow",
        "Somaliland",
        "Israel",
        "Россия",
    ] {
        assert!(
            words.iter().any(|w| w == must),
            "{must} is not among {words:?}"
        );
    }
    let found = story_in_code(root, &words);
    assert!(
        found.is_empty(),
        "story words in code:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_planted_word_and_leaves_comments_alone() {
    // A copy of the places code lives, with one word of a story planted in each kind of file.
    let root = std::env::temp_dir().join(format!("no-story-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(root.join("src")).unwrap();
    fs::create_dir_all(root.join("scripts")).unwrap();
    fs::write(
        root.join("src/x.rs"),
        "// The Taliban, as an example.\nlet title = \"Talibans\";\nlet name = \"Taliban\"; // planted\n/* Taliban */ let url = \"https://Taliban.example\";",
    )
    .unwrap();
    fs::write(
        root.join("scripts/x.sh"),
        "# Taliban\necho \"$#\" Taliban # not this",
    )
    .unwrap();
    fs::write(
        root.join("index.html"),
        "<!-- Taliban -->\n<title>Taliban</title>",
    )
    .unwrap();
    let found = story_in_code(&root, &["Taliban".to_string()]);
    fs::remove_dir_all(&root).unwrap();
    assert_eq!(
        found,
        [
            "index.html:2: Taliban",
            "scripts/x.sh:2: Taliban",
            "src/x.rs:3: Taliban",
            "src/x.rs:4: Taliban",
        ]
    );
}
