//! Kiosk mode (`?kiosk=1`): its settings, read from the URL, and what an idle kiosk shows
//! from moment to moment.

pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// Seconds each sub-goal is shown in the attract loop.
pub const ATTRACT_STEP_SECONDS: u32 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the kiosk returns to its start screen.
    pub idle_seconds: u32,
    /// Whether the start screen moves through the sub-goals while nobody uses it.
    pub attract: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk {
            idle_seconds: DEFAULT_IDLE_SECONDS,
            attract: false,
        }
    }
}

impl Kiosk {
    /// `idle` outside 5 s – 1 h falls back to the default rather than locking the screen
    /// in a loop or never resetting.
    pub fn parse_idle(text: &str) -> u32 {
        text.parse::<u32>()
            .ok()
            .filter(|s| (5..=3600).contains(s))
            .unwrap_or(DEFAULT_IDLE_SECONDS)
    }
}

/// Where an unattended kiosk is in its idle cycle, `idle_ms` after the last input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Someone is using it.
    InUse,
    /// Nobody has touched it for a while: a dialog counts down the seconds left before
    /// the reset, with a button to continue (WCAG 2.2.1).
    Warning { seconds_left: u32 },
    /// Time is up: back to the start.
    Reset,
}

impl Kiosk {
    /// How long the countdown warns before a reset: 20 s, or half the idle time when that
    /// is shorter, so a short idle time still leaves most of it for use.
    pub fn warning_seconds(&self) -> u32 {
        (self.idle_seconds / 2).min(20)
    }

    pub fn idle(&self, idle_ms: f64) -> Idle {
        let idle = f64::from(self.idle_seconds) * 1000.0;
        let warn_from = idle - f64::from(self.warning_seconds()) * 1000.0;
        if idle_ms >= idle {
            Idle::Reset
        } else if idle_ms >= warn_from {
            Idle::Warning {
                seconds_left: ((idle - idle_ms) / 1000.0).ceil() as u32,
            }
        } else {
            Idle::InUse
        }
    }
}

/// Which sub-goal the attract loop points at, `ms` after it started: one after another,
/// [`ATTRACT_STEP_SECONDS`] each, round and round.
pub fn attract_index(ms: f64, subgoals: usize) -> Option<usize> {
    (subgoals > 0)
        .then(|| (ms.max(0.0) / 1000.0 / f64::from(ATTRACT_STEP_SECONDS)) as usize % subgoals)
}
