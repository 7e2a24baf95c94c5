//! Only the tests in `tests/` matter; see ../../ARCHITECTURE.md.
