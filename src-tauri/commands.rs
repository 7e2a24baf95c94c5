pub fn run_app() -> Result<(), String> { Ok(()) }
