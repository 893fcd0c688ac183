//! Signed directory bundles: every refusal (each proving nothing changed), installs and
//! status, key rotation and revocation, a kill test of the install, an end-to-end update
//! from a real nginx, a round trip with the real `minisign` tool, and the house rule that
//! only the update module touches the network.

mod fixture;

mod cli;
mod house;
mod install;
mod kill;
mod minisign_tool;
mod nginx;
mod refusals;
