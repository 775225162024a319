//! The content file's JSON schema, for editors' tools, made from the types serde reads it
//! with (`raw.rs`).

use crate::raw;

/// The JSON schema of the content file, from the same types serde reads it with (for
/// editors' tools: field names, the allowed values, types).
pub fn content_schema() -> schemars::Schema {
    let settings = schemars::generate::SchemaSettings::draft2020_12().with_transform(no_null);
    let mut schema = settings
        .into_generator()
        .into_root_schema_for::<raw::RawStory>();
    schema.insert("title".into(), "Interactive explainer: content file".into());
    schema.insert(
        "description".into(),
        "One story for the explainer. Its rules are at the top of content/story.toml; \
         scripts/check.sh checks what a schema cannot (ids, references, dates, citations)."
            .into(),
    );
    schema
}

/// TOML has no null: an optional field is one that may be left out, so schemars' forms for
/// `Option` (`"type": ["string", "null"]`, `"anyOf": [{...}, {"type": "null"}]`) lose the null.
fn no_null(schema: &mut schemars::Schema) {
    if let Some(types) = schema.get_mut("type").and_then(|t| t.as_array_mut()) {
        types.retain(|t| t != "null");
        if let [only] = types.as_slice() {
            let only = only.clone();
            schema.insert("type".into(), only);
        }
    }
    if let Some(any_of) = schema.get_mut("anyOf").and_then(|t| t.as_array_mut()) {
        any_of.retain(|s| s.get("type").is_none_or(|t| t != "null"));
        if let [only] = any_of.as_slice() {
            let only = only.as_object().cloned().unwrap_or_default();
            schema.remove("anyOf");
            for (key, value) in only {
                schema.insert(key, value);
            }
        }
    }
    schemars::transform::transform_subschemas(&mut no_null, schema);
}
