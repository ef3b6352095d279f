//! `omi config set|show|path`.

use super::emit;
use crate::cli::RawCommand;
use crate::config_file::ConfigFile;
use crate::errors::OmiError;
use crate::integration_types::Secrecy;
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
            let mut text = format!("# {} [{}]\n", path.display(), settings.profile);
            let mut line = |k: &str, v: Option<String>| {
                text.push_str(&format!(
                    "{k} = {}\n",
                    v.unwrap_or_else(|| "(not set)".into())
                ));
            };
            line("base_url", p.base_url);
            line(
                "public_key",
                p.public_key.map(|k| Secrecy::LastFour.mask(k.expose())),
            );
            line("private_key", p.private_key.map(|_| Secrecy::Full.mask("")));
            line("project_id", p.project_id);
            emit(&text)
        }
    }
}
