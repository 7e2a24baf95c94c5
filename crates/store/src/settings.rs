//! The newsroom's settings as key/value rows. The store keeps what it is
//! given; what a value must look like is the application's to check.

use rusqlite::params;

use crate::{Result, SettingKey, Settings, Store, NOW};

impl Store {
    /// Every setting; keys this version does not know are ignored (a newer
    /// Claimdesk may have written them).
    pub fn settings(&self) -> Result<Settings> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT key, value FROM settings")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut settings = Settings::default();
        for row in rows {
            let (key, value) = row?;
            if let Some(key) = SettingKey::parse(&key) {
                settings.set(key, &value);
            }
        }
        Ok(settings)
    }

    /// Write every setting at once: the set ones stored, the unset removed.
    pub fn save_settings(&mut self, settings: &Settings) -> Result<()> {
        let tx = self.write_transaction()?;
        for key in SettingKey::ALL {
            match settings.get(key) {
                Some(value) => tx.execute(
                    &format!(
                        "INSERT INTO settings (key, value, updated_at) VALUES (?1, ?2, {NOW})
                         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
                         WHERE value IS NOT excluded.value"
                    ),
                    params![key.as_str(), value],
                )?,
                None => tx.execute("DELETE FROM settings WHERE key = ?1", [key.as_str()])?,
            };
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_saved_whole_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("s.db")).unwrap();
        assert_eq!(store.settings().unwrap(), Settings::default());
        let mut settings = Settings::default();
        settings.set(SettingKey::OrganizationName, "Harbour Checks");
        settings.set(SettingKey::Language, "en-GB");
        store.save_settings(&settings).unwrap();
        assert_eq!(store.settings().unwrap(), settings);
        settings.set(SettingKey::Language, "");
        store.save_settings(&settings).unwrap();
        assert_eq!(store.settings().unwrap().language, None, "unset is removed");
        assert_eq!(
            store.settings().unwrap().organization_name.as_deref(),
            Some("Harbour Checks")
        );
    }
}
