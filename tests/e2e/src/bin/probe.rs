//! The positive control of the no-egress check. run.sh starts it inside the traced process
//! tree, just before tauri-driver: it makes one TCP connection and sends one UDP datagram,
//! both to sockets of its own on 127.0.0.9 (loopback: nothing leaves the machine), and
//! writes what it did to the file named by its argument, so the trace check can show that
//! the trace and its parser see such calls.
//!
//! ```text
//! ponte-e2e-probe OUT_FILE
//! ```

use std::io::Write;
use std::net::{TcpListener, TcpStream, UdpSocket};

fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .expect("usage: ponte-e2e-probe OUT_FILE");
    let listener = TcpListener::bind("127.0.0.9:0")?;
    let tcp = listener.local_addr()?;
    let stream = TcpStream::connect(tcp)?;
    drop(stream);
    let receiver = UdpSocket::bind("127.0.0.9:0")?;
    let udp = receiver.local_addr()?;
    let sender = UdpSocket::bind("127.0.0.1:0")?;
    sender.send_to(b"ponte-e2e positive control", udp)?;
    let mut f = std::fs::File::create(&out)?;
    writeln!(f, "tcp {tcp}")?;
    writeln!(f, "udp {udp}")?;
    Ok(())
}
