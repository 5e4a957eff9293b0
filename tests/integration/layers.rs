//! The layers of `src/` import one way: `num` <- `model` <- `reported` <- `check` <- `text` <-
//! `data`, and `aggregate` on `model` alone. `error.rs` imports nothing of the crate.
//!
//! Each file's `crate::` paths are read as text: a path that names a layer above the file's own
//! fails the test with the file, the line and the rule.

use std::path::{Path, PathBuf};

/// The layers, lowest first, and for each the layers it may use besides its own.
const LAYERS: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("num", &["error"]),
    ("model", &["error", "num"]),
    ("reported", &["error", "num", "model"]),
    ("check", &["error", "num", "model", "reported"]),
    ("text", &["error", "num", "model", "reported", "check"]),
    (
        "data",
        &["error", "num", "model", "reported", "check", "text"],
    ),
    ("aggregate", &["error", "num", "model"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The layer of a file under `src/`: its folder, or `error` for `error.rs`.
fn layer_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    Some(first.trim_end_matches(".rs").to_owned())
}

/// Every `crate::NAME` in `line`, with `crate::{A, B}` read as each of its names.
fn crate_paths(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find("crate::") {
        let before = rest.get(..at).unwrap_or_default();
        rest = rest.get(at + "crate::".len()..).unwrap_or_default();
        // `pub(crate)` and `$crate` are not paths into the crate.
        if before.ends_with('$') || before.ends_with('(') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for name in group.get(..end).unwrap_or_default().split(',') {
                let head: String = name
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !head.is_empty() {
                    out.push(head);
                }
            }
        } else {
            let head: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(head);
        }
    }
    out
}

#[test]
fn layers_import_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut checked = 0;
    let mut broken = Vec::new();
    for file in &files {
        let Some(layer) = layer_of(&src, file) else {
            continue;
        };
        let Some((_, allowed)) = LAYERS.iter().find(|(name, _)| *name == layer) else {
            // lib.rs (the root) and strategies.rs (a feature that may draw every type) stand
            // above every layer.
            assert!(
                layer == "lib" || layer == "strategies",
                "{} is in no layer: add it to LAYERS",
                file.display()
            );
            continue;
        };
        let text = std::fs::read_to_string(file).unwrap_or_default();
        checked += 1;
        for (n, line) in text.lines().enumerate() {
            // Documentation examples use the public paths, which are not imports of the layer.
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            for name in crate_paths(line) {
                let ok = name == layer
                    || allowed.contains(&name.as_str())
                    || (name == "Error" && layer != "error");
                if !ok {
                    broken.push(format!(
                        "{}:{}: layer `{layer}` uses `crate::{name}`, which is not below it ({})",
                        file.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        checked >= 30,
        "only {checked} files of src/ were read: is src/ where it should be?"
    );
    assert!(
        broken.is_empty(),
        "imports against the layers:\n{}",
        broken.join("\n")
    );
}

#[test]
fn crate_paths_reads_groups_and_skips_visibility() {
    assert_eq!(
        crate_paths("use crate::{model::Year, Error};"),
        ["model", "Error"]
    );
    assert_eq!(crate_paths("pub(crate) fn f() -> crate::num::X"), ["num"]);
    assert_eq!(crate_paths("$crate::model::Year"), Vec::<String>::new());
}
