//! What is wrong with a file, said so an editor can fix it: each problem with its line, the
//! item it concerns, what is wrong and what to do. Stories, translations and interface
//! catalogues all report this way.

use std::fmt;
use std::ops::Range;

/// One thing wrong with a content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line, where the file gives one.
    pub line: Option<usize>,
    /// The item it concerns: `events.recognition`, `relationships.russia-taliban.states[2]`.
    pub item: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub fix: String,
}

/// Every problem found in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems {
    /// The file, as named to the loader.
    pub file: String,
    /// The problems in file order (those of the file as a whole last).
    pub list: Vec<Problem>,
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for p in &self.list {
            match p.line {
                Some(line) => write!(f, "{}:{}: ", self.file, line)?,
                None => write!(f, "{}: ", self.file)?,
            }
            writeln!(f, "{}: {}", p.item, p.message)?;
            writeln!(f, "    fix: {}", p.fix)?;
        }
        let n = self.list.len();
        write!(
            f,
            "{} problem{} in {}",
            n,
            if n == 1 { "" } else { "s" },
            self.file
        )
    }
}

/// Collects problems while a file is read.
pub struct Report {
    lines: LineIndex,
    problems: Vec<Problem>,
    /// Keys taken out of the file because serde could not read them (already reported),
    /// by the span of the table they were in: the checker does not call them missing.
    set_aside: Vec<(Range<usize>, String)>,
}

impl Report {
    pub(crate) fn new(text: &str) -> Report {
        Report {
            lines: LineIndex::new(text),
            problems: Vec::new(),
            set_aside: Vec::new(),
        }
    }

    /// The 1-based line of a byte offset of the file.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.lines.line_of(offset)
    }

    /// Records a problem at `span` (if known) with `item`, `message` and `fix`.
    pub fn problem(
        &mut self,
        span: Option<Range<usize>>,
        item: &str,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) {
        self.problems.push(Problem {
            line: span.map(|s| self.lines.line_of(s.start)),
            item: item.to_string(),
            message: message.into(),
            fix: fix.into(),
        });
    }

    /// Whether no problem has been found yet.
    pub(crate) fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// What was read (`None`: too broken to read), if no problem was found; else every
    /// problem, in file order whichever check found it, as the problems of `file`.
    pub(crate) fn finish<T>(self, file: &str, read: Option<T>) -> Result<T, Problems> {
        let mut list = self.problems;
        // The sort is stable: problems on one line keep the order they were found in.
        list.sort_by_key(|p| p.line.unwrap_or(usize::MAX));
        match read {
            Some(read) if list.is_empty() => Ok(read),
            _ => Err(Problems {
                file: file.to_string(),
                list,
            }),
        }
    }

    /// Notes that `key` of the table at `table` was reported and taken out.
    pub(crate) fn set_aside(&mut self, table: Range<usize>, key: String) {
        self.set_aside.push((table, key));
    }

    /// Whether `key` of the table at `table` was reported and taken out.
    pub(crate) fn is_set_aside(&self, table: Range<usize>, key: &str) -> bool {
        self.set_aside.iter().any(|(t, k)| *t == table && k == key)
    }
}

/// Where each line of a text starts, to say which line a byte offset is on.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// The lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    /// The 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }

    /// The byte offset where the line holding `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.starts[self.line_of(offset) - 1]
    }
}

/// The candidate closest to `word` by edit distance (Levenshtein, by characters), when close
/// enough to be a likely typo: for "did you mean".
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let ids = ["riverton", "lakeside", "upriver"];
        assert_eq!(nearest("rivertn", ids.iter().copied()), Some("riverton"));
        assert_eq!(nearest("lakesid", ids.iter().copied()), Some("lakeside"));
        assert_eq!(nearest("france", ids.iter().copied()), None);
    }
}
