//! The desktop entry point: everything is in the library, so mobile builds share it.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    ponte_app_lib::run();
}
