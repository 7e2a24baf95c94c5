//! The newsroom's settings: who publishes the reviews, where they live, in
//! which language. Kept in the database (a newsroom's database is its
//! organisation) as key/value rows; these are the keys and what they mean.

use serde::{Deserialize, Serialize};
#[cfg(feature = "ts")]
use ts_rs::TS;

/// One setting. The names are the command line's and the database's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingKey {
    OrganizationName,
    OrganizationUrl,
    OrganizationLogo,
    ReviewUrlTemplate,
    Language,
}

impl SettingKey {
    pub const ALL: [SettingKey; 5] = [
        SettingKey::OrganizationName,
        SettingKey::OrganizationUrl,
        SettingKey::OrganizationLogo,
        SettingKey::ReviewUrlTemplate,
        SettingKey::Language,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SettingKey::OrganizationName => "organization.name",
            SettingKey::OrganizationUrl => "organization.url",
            SettingKey::OrganizationLogo => "organization.logo",
            SettingKey::ReviewUrlTemplate => "review.url_template",
            SettingKey::Language => "language",
        }
    }

    pub fn parse(name: &str) -> Option<SettingKey> {
        SettingKey::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// What the setting is for, as help text says it.
    pub fn meaning(self) -> &'static str {
        match self {
            SettingKey::OrganizationName => {
                "the fact-checking organisation that publishes the reviews"
            }
            SettingKey::OrganizationUrl => "the organisation's web address (http or https)",
            SettingKey::OrganizationLogo => {
                "the address of the organisation's logo (http or https)"
            }
            SettingKey::ReviewUrlTemplate => {
                "the address of a published review, with {id} for the claim's number"
            }
            SettingKey::Language => "the language of the reviews (e.g. en, en-GB, de)",
        }
    }
}

/// Every setting, `None` where it is not set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Settings {
    pub organization_name: Option<String>,
    pub organization_url: Option<String>,
    pub organization_logo: Option<String>,
    pub review_url_template: Option<String>,
    pub language: Option<String>,
}

impl Settings {
    pub fn get(&self, key: SettingKey) -> Option<&str> {
        self.slot(key).as_deref()
    }

    /// Set one; an empty or blank value unsets it.
    pub fn set(&mut self, key: SettingKey, value: &str) {
        let value = value.trim();
        *self.slot_mut(key) = (!value.is_empty()).then(|| value.to_string());
    }

    fn slot(&self, key: SettingKey) -> &Option<String> {
        match key {
            SettingKey::OrganizationName => &self.organization_name,
            SettingKey::OrganizationUrl => &self.organization_url,
            SettingKey::OrganizationLogo => &self.organization_logo,
            SettingKey::ReviewUrlTemplate => &self.review_url_template,
            SettingKey::Language => &self.language,
        }
    }

    fn slot_mut(&mut self, key: SettingKey) -> &mut Option<String> {
        match key {
            SettingKey::OrganizationName => &mut self.organization_name,
            SettingKey::OrganizationUrl => &mut self.organization_url,
            SettingKey::OrganizationLogo => &mut self.organization_logo,
            SettingKey::ReviewUrlTemplate => &mut self.review_url_template,
            SettingKey::Language => &mut self.language,
        }
    }

    /// The address of the review of claim `id`, from the template.
    pub fn review_url(&self, claim_id: i64) -> Option<String> {
        self.review_url_template
            .as_deref()
            .map(|t| t.replace("{id}", &claim_id.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_back_by_its_name_and_its_slot() {
        let mut settings = Settings::default();
        for (k, key) in SettingKey::ALL.into_iter().enumerate() {
            assert_eq!(SettingKey::parse(key.as_str()), Some(key));
            settings.set(key, &format!(" value {k} "));
        }
        for (k, key) in SettingKey::ALL.into_iter().enumerate() {
            assert_eq!(settings.get(key), Some(format!("value {k}").as_str()));
        }
        settings.set(SettingKey::Language, "  ");
        assert_eq!(settings.language, None, "a blank value unsets");
        assert_eq!(SettingKey::parse("organisation.name"), None);
    }

    #[test]
    fn a_review_address_comes_from_the_template() {
        let settings = Settings {
            review_url_template: Some("https://example.org/checks/{id}".into()),
            ..Settings::default()
        };
        assert_eq!(
            settings.review_url(42).as_deref(),
            Some("https://example.org/checks/42")
        );
        assert_eq!(Settings::default().review_url(42), None);
    }
}
