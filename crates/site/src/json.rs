//! The JSON the site writes (oEmbed, `embed.js`'s names, the checker's problems for the
//! preview page), with serde_json.

use serde::Serialize;

/// `value` as compact JSON that is safe inside HTML too: `<` is written `\u003c`, so no
/// string in it can close a `<script>` or start a tag wherever the JSON is put.
pub fn to_json(value: &impl Serialize) -> String {
    /// serde_json's compact form, with `<` escaped in strings.
    struct HtmlSafe;
    impl serde_json::ser::Formatter for HtmlSafe {
        fn write_string_fragment<W: ?Sized + std::io::Write>(
            &mut self,
            writer: &mut W,
            fragment: &str,
        ) -> std::io::Result<()> {
            for (i, part) in fragment.split('<').enumerate() {
                if i > 0 {
                    writer.write_all(b"\\u003c")?;
                }
                writer.write_all(part.as_bytes())?;
            }
            Ok(())
        }
    }
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, HtmlSafe);
    value
        .serialize(&mut serializer)
        .expect("strings, numbers and maps of them serialise");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}
