//! The newsroom's settings: read, checked, saved. ClaimReview takes its
//! author and addresses from them.

use model::{SettingKey, Settings};

use crate::{AppError, Desk};

impl Desk {
    pub fn settings(&self) -> Result<Settings, AppError> {
        Ok(self.store.settings()?)
    }

    /// Check every value, then save them all (nothing is written when one
    /// is wrong). Returns the settings as stored.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<Settings, AppError> {
        let mut checked = Settings::default();
        for key in SettingKey::ALL {
            if let Some(value) = settings.get(key) {
                checked.set(key, &check(key, value)?);
            }
        }
        self.store.save_settings(&checked)?;
        self.settings()
    }

    /// Set one setting by its name (`organization.name`, ...); an empty
    /// value unsets it.
    pub fn set_setting(&mut self, name: &str, value: &str) -> Result<Settings, AppError> {
        let key = SettingKey::parse(name).ok_or_else(|| {
            let names: Vec<&str> = SettingKey::ALL.iter().map(|k| k.as_str()).collect();
            AppError::new(
                "invalid",
                format!("unknown setting {name:?}: use {}", names.join(", ")),
            )
        })?;
        let mut settings = self.settings()?;
        settings.set(key, value);
        self.save_settings(&settings)
    }
}

/// A value as it will be stored, or why it cannot be.
fn check(key: SettingKey, value: &str) -> Result<String, AppError> {
    let value = value.trim();
    let ok = match key {
        SettingKey::OrganizationName => value.chars().count() <= 200,
        SettingKey::OrganizationUrl | SettingKey::OrganizationLogo => store::is_web_link(value),
        SettingKey::ReviewUrlTemplate => {
            value.contains("{id}") && store::is_web_link(&value.replace("{id}", "1"))
        }
        SettingKey::Language => is_language_tag(value),
    };
    if ok {
        Ok(value.to_string())
    } else {
        Err(AppError::new(
            "invalid",
            format!(
                "{} cannot be {value:?}: it is {}",
                key.as_str(),
                key.meaning()
            ),
        ))
    }
}

/// A BCP 47 language tag in its common shape: `en`, `en-GB`, `zh-Hant-TW`.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_by_what_the_setting_means() {
        use SettingKey::*;
        let cases = [
            (OrganizationName, "Harbour Checks", true),
            (OrganizationUrl, "https://checks.example.org", true),
            (OrganizationUrl, "checks.example.org", false),
            (OrganizationUrl, "javascript:alert(1)", false),
            (
                OrganizationLogo,
                "https://checks.example.org/logo.png",
                true,
            ),
            (OrganizationLogo, "file:///logo.png", false),
            (
                ReviewUrlTemplate,
                "https://checks.example.org/reviews/{id}",
                true,
            ),
            (
                ReviewUrlTemplate,
                "https://checks.example.org/reviews/",
                false,
            ),
            (ReviewUrlTemplate, "/reviews/{id}", false),
            (Language, "en", true),
            (Language, "en-GB", true),
            (Language, "zh-Hant-TW", true),
            (Language, "English", false),
            (Language, "e", false),
        ];
        for (key, value, ok) in cases {
            assert_eq!(
                check(key, value).is_ok(),
                ok,
                "{} = {value:?}",
                key.as_str()
            );
        }
        let err = check(Language, "English").unwrap_err();
        assert!(
            err.message.contains("language cannot be \"English\""),
            "{}",
            err.message
        );
    }
}
