//! A loaded story is static data, as the app's baked one is: its strings and lists live for
//! the rest of the program.

/// Moves text into a `&'static str` (loaded stories live for the rest of the program).
pub fn leak_str(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// Moves a list into a `&'static` slice.
pub fn leak<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}
