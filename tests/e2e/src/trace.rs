//! Reading `strace -f` output for network activity, to prove at system level that no
//! process of the app's tree talked to anything but this machine.
//!
//! run.sh starts tauri-driver (and so WebKitWebDriver, the app, and WebKit's network and
//! web processes) under `strace -f -e trace=execve,socket,connect,sendto,sendmsg,sendmmsg`.
//! Every address a process connects or sends to is parsed here; the policy allows loopback
//! (the WebDriver plumbing) and local Unix sockets, and flags everything else, including
//! the local daemons that would resolve a host name on the app's behalf.

use std::collections::HashMap;
use std::net::IpAddr;

/// One network system call seen in the trace.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub pid: u32,
    /// `connect`, `sendto`, `sendmsg`, `sendmmsg` or `socket`.
    pub call: String,
    /// `AF_INET`, `AF_INET6`, `AF_UNIX`, `AF_NETLINK`, `AF_PACKET`...
    pub family: String,
    pub ip: Option<IpAddr>,
    pub port: Option<u16>,
    /// Unix socket path (`@` first for the abstract namespace).
    pub path: Option<String>,
    /// The line as strace wrote it (shortened).
    pub line: String,
}

impl std::fmt::Display for Event {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "pid {} {} {}", self.pid, self.call, self.family)?;
        if let Some(ip) = self.ip {
            write!(f, " {ip}")?;
        }
        if let Some(p) = self.port {
            write!(f, " port {p}")?;
        }
        if let Some(p) = &self.path {
            write!(f, " {p}")?;
        }
        Ok(())
    }
}

/// A program started in the traced tree (`execve` that succeeded).
#[derive(Debug, Clone, PartialEq)]
pub struct Exec {
    pub pid: u32,
    pub program: String,
}

/// Everything read from one trace file.
#[derive(Debug, Default)]
pub struct Trace {
    pub events: Vec<Event>,
    pub execs: Vec<Exec>,
    pub lines: usize,
}

fn pid_of(line: &str) -> Option<(u32, &str)> {
    let (pid, rest) = line.split_once(' ')?;
    Some((pid.parse().ok()?, rest.trim_start()))
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let j = s[i..].find(end)? + i;
    Some(&s[i..j])
}

/// The first socket address in a call's arguments. Quoted data comes before the address in
/// `sendto`, so the search starts at the first `{sa_family=` that is not inside quotes.
fn sockaddr(args: &str) -> Option<&str> {
    let mut in_quotes = false;
    let mut escaped = false;
    let bytes = args.as_bytes();
    let key = b"{sa_family=";
    for i in 0..bytes.len() {
        let b = bytes[i];
        if escaped {
            escaped = false;
            continue;
        }
        match b {
            b'\\' if in_quotes => escaped = true,
            b'"' => in_quotes = !in_quotes,
            b'{' if !in_quotes && bytes[i..].starts_with(key) => {
                // Up to the matching brace.
                let mut depth = 0;
                let mut q = false;
                let mut esc = false;
                for (j, &c) in bytes[i..].iter().enumerate() {
                    if esc {
                        esc = false;
                        continue;
                    }
                    match c {
                        b'\\' if q => esc = true,
                        b'"' => q = !q,
                        b'{' if !q => depth += 1,
                        b'}' if !q => {
                            depth -= 1;
                            if depth == 0 {
                                return Some(&args[i + 1..i + j]);
                            }
                        }
                        _ => {}
                    }
                }
                return None;
            }
            _ => {}
        }
    }
    None
}

fn parse_addr(sa: &str) -> (String, Option<IpAddr>, Option<u16>, Option<String>) {
    let family = sa
        .trim_start_matches("sa_family=")
        .split([',', '}'])
        .next()
        .unwrap_or("")
        .to_string();
    let port = between(sa, "port=htons(", ")").and_then(|p| p.parse().ok());
    let ip = match family.as_str() {
        "AF_INET" => between(sa, "inet_addr(\"", "\"").and_then(|a| a.parse().ok()),
        "AF_INET6" => between(sa, "inet_pton(AF_INET6, \"", "\"").and_then(|a| a.parse().ok()),
        _ => None,
    };
    let path = sa.split_once("sun_path=").map(|(_, p)| {
        let p = p.split(", ").next().unwrap_or(p);
        let abstract_ns = p.starts_with('@');
        let p = p.trim_start_matches('@').trim_matches('"');
        if abstract_ns {
            format!("@{p}")
        } else {
            p.to_string()
        }
    });
    (family, ip, port, path)
}

/// Parses strace output written with `-f -o FILE` (each line starts with the pid).
pub fn parse(text: &str) -> Trace {
    let mut t = Trace::default();
    // execve calls interrupted by another process's line: finished by "<... execve resumed>".
    let mut pending: HashMap<u32, String> = HashMap::new();
    for line in text.lines() {
        t.lines += 1;
        let Some((pid, rest)) = pid_of(line) else {
            continue;
        };
        let short: String = line.chars().take(300).collect();
        if let Some(args) = rest.strip_prefix("execve(") {
            let Some(p) = between(args, "\"", "\"") else {
                continue;
            };
            // Only programs that started (a PATH search tries several names first).
            if line.contains(") = 0") {
                t.execs.push(Exec {
                    pid,
                    program: p.to_string(),
                });
            } else if line.ends_with("<unfinished ...>") {
                pending.insert(pid, p.to_string());
            }
            continue;
        }
        if rest.starts_with("<... execve resumed>") {
            if let Some(p) = pending.remove(&pid) {
                if rest.contains(") = 0") || rest.trim_end().ends_with("= 0") {
                    t.execs.push(Exec { pid, program: p });
                }
            }
            continue;
        }
        if let Some(args) = rest.strip_prefix("socket(") {
            let family = args.split(',').next().unwrap_or("").trim().to_string();
            t.events.push(Event {
                pid,
                call: "socket".into(),
                family,
                ip: None,
                port: None,
                path: None,
                line: short,
            });
            continue;
        }
        for call in ["connect", "sendto", "sendmsg", "sendmmsg"] {
            let Some(args) = rest.strip_prefix(call).and_then(|r| r.strip_prefix('(')) else {
                continue;
            };
            if let Some(sa) = sockaddr(args) {
                let (family, ip, port, path) = parse_addr(sa);
                t.events.push(Event {
                    pid,
                    call: call.into(),
                    family,
                    ip,
                    port,
                    path,
                    line: short.clone(),
                });
            }
            break;
        }
    }
    t
}

/// Whether an address is this machine's loopback (127.0.0.0/8, ::1, or v4-mapped loopback).
pub fn is_loopback(ip: &IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// Unix sockets of daemons that look a host name up, or send multicast, for whoever asks:
/// talking to them would be a way out that no AF_INET call of ours shows.
pub const RESOLVER_SOCKETS: &[&str] = &[
    "/run/avahi-daemon/socket",
    "/var/run/avahi-daemon/socket",
    "/run/systemd/resolve/io.systemd.Resolve",
    "/run/systemd/resolve/io.systemd.Resolve.Monitor",
];

/// Why an event leaves the machine (or may), or `None` when it stays local.
pub fn violation(e: &Event, allowed_ip: &dyn Fn(&IpAddr) -> bool) -> Option<String> {
    match e.family.as_str() {
        "AF_INET" | "AF_INET6" if e.call != "socket" => match &e.ip {
            Some(ip) if allowed_ip(ip) => None,
            Some(ip) => Some(format!("{} to {ip} (not loopback)", e.call)),
            None => Some(format!("{} to an address that could not be read", e.call)),
        },
        "AF_PACKET" => Some(format!("{} on a raw packet socket", e.call)),
        "AF_UNIX" => match &e.path {
            Some(p) if RESOLVER_SOCKETS.contains(&p.as_str()) => {
                Some(format!("{} to the name resolver at {p}", e.call))
            }
            _ => None,
        },
        _ => None,
    }
}

/// Every event of the trace that is not local, with the reason.
pub fn violations<'a>(
    t: &'a Trace,
    allowed_ip: &dyn Fn(&IpAddr) -> bool,
) -> Vec<(&'a Event, String)> {
    t.events
        .iter()
        .filter_map(|e| violation(e, allowed_ip).map(|why| (e, why)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"16562 execve("/root/.cargo/bin/tauri-driver", ["tauri-driver"], 0x7ffc /* 38 vars */) = 0
8862  execve("/usr/bin/WebKitWebDriver", ["/usr/bin/WebKitWebDriver", "--port=4461"], 0x5564 /* 52 vars */ <unfinished ...>
8862  <... execve resumed>)             = 0
16611 execve("/usr/local/bin/dbus-launch", ["dbus-launch"], 0x7ffd /* 40 vars */) = -1 ENOENT (No such file or directory)
16562 connect(11, {sa_family=AF_INET, sin_port=htons(4472), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
16607 connect(10, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1 ENOENT (No such file or directory)
16627 connect(8, {sa_family=AF_UNIX, sun_path=@"/tmp/.X11-unix/X71"}, 20) = 0
16700 connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.215.14")}, 16) = -1 ENETUNREACH (Network is unreachable)
16701 sendto(6, "\x12\x34{sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr(\"127.0.0.1\")}"..., 40, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.53")}, 16) = 40
16702 sendmsg(7, {msg_name={sa_family=AF_INET6, sin6_port=htons(53), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::53", &sin6_addr), sin6_scope_id=0}, msg_namelen=28, msg_iov=[{iov_base="x", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 1
16703 sendmsg(7, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="{sa_family=AF_INET, sin_port=htons(9)", iov_len=9}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 9
16704 connect(9, {sa_family=AF_INET6, sin6_port=htons(4444), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>
16705 connect(9, {sa_family=AF_UNIX, sun_path="/run/avahi-daemon/socket"}, 110) = -1 ENOENT (No such file or directory)
16706 socket(AF_PACKET, SOCK_RAW, 768) = -1 EPERM (Operation not permitted)
16707 socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 12
"#;

    #[test]
    fn reads_addresses_of_every_call_shape() {
        let t = parse(SAMPLE);
        let programs: Vec<&str> = t.execs.iter().map(|e| e.program.as_str()).collect();
        assert_eq!(
            programs,
            ["/root/.cargo/bin/tauri-driver", "/usr/bin/WebKitWebDriver"],
            "the execve calls that succeeded, also when strace split the line"
        );
        let ips: Vec<String> = t
            .events
            .iter()
            .filter_map(|e| e.ip.map(|i| format!("{} {i}:{}", e.call, e.port.unwrap())))
            .collect();
        assert_eq!(
            ips,
            [
                "connect 127.0.0.1:4472",
                "connect 93.184.215.14:443",
                // The address after the data, not the look-alike inside the quoted bytes.
                "sendto 192.0.2.53:53",
                "sendmsg 2001:db8::53:53",
                "connect ::ffff:127.0.0.1:4444",
            ]
        );
        let x11 = t.events.iter().find(|e| e.pid == 16627).unwrap();
        assert_eq!(x11.path.as_deref(), Some("@/tmp/.X11-unix/X71"));
        // A sendmsg without a destination (a connected socket) carries no address.
        assert!(!t.events.iter().any(|e| e.pid == 16703));
    }

    #[test]
    fn flags_everything_that_is_not_loopback_or_local() {
        let t = parse(SAMPLE);
        let v = violations(&t, &is_loopback);
        let pids: Vec<u32> = v.iter().map(|(e, _)| e.pid).collect();
        assert_eq!(pids, [16700, 16701, 16702, 16705, 16706], "{v:#?}");
        // Narrowing the policy flags the loopback calls too: the check sees them.
        let only_4444 = |ip: &IpAddr| ip.to_string() == "::ffff:127.0.0.1";
        let narrow = violations(&t, &only_4444);
        assert!(narrow.iter().any(|(e, _)| e.pid == 16562));
    }
}
