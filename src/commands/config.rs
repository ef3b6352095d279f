//! `omi config set|show|path`.

use super::emit;
use crate::api::types::Secrecy;
use crate::cli::RawCommand;
use crate::errors::OmiError;
use crate::settings::config_file::ConfigFile;
use crate::settings::{Action, Settings};

pub fn run(settings: &Settings, config: Option<ConfigFile>) -> anyhow::Result<()> {
    let no_dir = || OmiError::usage("cannot find a config dir for this user (is HOME set?)");
    let path = settings.config_path.clone().ok_or_else(no_dir)?;
    match &settings.action {
        Action::Other(RawCommand::ConfigPath) => emit(&format!("{}\n", path.display())),
        Action::ConfigSet { key, value } => {
            // `config` was loaded before: a file that does not parse has
            // already stopped us, so it is never overwritten.
            let mut config = config.ok_or_else(no_dir)?;
            config.set(&settings.profile, *key, value.expose());
            config.save()?;
            eprintln!(
                "Set {} in profile '{}' of {}.",
                key.name(),
                settings.profile,
                path.display()
            );
            Ok(())
        }
        _ => {
            let config = config.ok_or_else(no_dir)?;
            let p = config.profile(&settings.profile);
            let shown = [
                ("base_url", p.base_url),
                (
                    "public_key",
                    p.public_key.map(|k| Secrecy::LastFour.mask(k.expose())),
                ),
                ("private_key", p.private_key.map(|_| Secrecy::Full.mask(""))),
                ("project_id", p.project_id),
            ];
            if settings.output.json {
                let mut obj = serde_json::Map::new();
                obj.insert("path".into(), path.display().to_string().into());
                obj.insert("profile".into(), settings.profile.clone().into());
                for (k, v) in shown {
                    obj.insert(k.into(), v.map_or(serde_json::Value::Null, Into::into));
                }
                return emit(&format!("{}\n", serde_json::Value::Object(obj)));
            }
            let mut text = format!("# {} [{}]\n", path.display(), settings.profile);
            for (k, v) in shown {
                let v = v.unwrap_or_else(|| "(not set)".into());
                text.push_str(&format!("{k} = {v}\n"));
            }
            emit(&text)
        }
    }
}
