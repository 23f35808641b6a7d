//! Kiosk mode (`?kiosk=1`): its settings, read from the URL, and what an idle kiosk shows
//! from moment to moment.

pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// Seconds each sub-goal is shown in the attract loop.
pub const ATTRACT_STEP_SECONDS: u32 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kiosk {
    /// Seconds without input before the kiosk returns to the overview.
    pub idle_seconds: u32,
    /// Whether to cycle through the sub-goals while nobody uses it.
    pub attract: bool,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk { idle_seconds: DEFAULT_IDLE_SECONDS, attract: false }
    }
}

impl Kiosk {
    /// `idle` outside 5 s – 1 h falls back to the default rather than locking the screen
    /// in a loop or never resetting.
    pub fn parse_idle(text: &str) -> u32 {
        text.parse::<u32>().ok().filter(|s| (5..=3600).contains(s)).unwrap_or(DEFAULT_IDLE_SECONDS)
    }
}

/// Where an unattended kiosk is: in use, or idle for a number of attract steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Someone used it within the idle time.
    InUse,
    /// Idle; the number is how many attract steps have passed since it went idle (0 first).
    Steps(usize),
}

impl Kiosk {
    /// How long the kiosk has been left alone, after `idle_ms` without input.
    pub fn idle(&self, idle_ms: f64) -> Idle {
        let idle_seconds = idle_ms / 1000.0 - f64::from(self.idle_seconds);
        if idle_seconds < 0.0 {
            Idle::InUse
        } else {
            Idle::Steps((idle_seconds / f64::from(ATTRACT_STEP_SECONDS)) as usize)
        }
    }
}

/// The sub-goal the attract loop shows at `step`: the overview first (`None`), then one
/// sub-goal after another, round and round.
pub fn attract_goal(step: usize, subgoals: &[String]) -> Option<&str> {
    if step == 0 || subgoals.is_empty() {
        None
    } else {
        Some(&subgoals[(step - 1) % subgoals.len()])
    }
}
