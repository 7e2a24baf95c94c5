//! `settings` and `settings set KEY VALUE`: the newsroom's settings.

use api::model::{SettingKey, Settings};
use api::{AppError, Desk};

use crate::args::SettingsCommand;
use crate::output::Out;

pub fn run(
    desk: &mut Desk,
    command: Option<SettingsCommand>,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    let settings = match command {
        None => desk.settings()?,
        Some(SettingsCommand::Set { key, value }) => desk.set_setting(&key, &value)?,
    };
    if json {
        return out.json(&settings);
    }
    print(&settings, out)
}

/// `key = value` per setting, `(not set)` where there is none.
fn print(settings: &Settings, out: &mut Out) -> Result<(), AppError> {
    for key in SettingKey::ALL {
        out.line(format_args!(
            "{:<19} {}",
            key.as_str(),
            settings.get(key).unwrap_or("(not set)")
        ))?;
    }
    Ok(())
}
