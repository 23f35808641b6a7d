//! The words of the city-hall kiosk: its invitation, the countdown before it resets and
//! the hand-over to a phone. The invitation is shown in all three languages at once,
//! since the kiosk cannot know who walks by.

pub struct KioskWords {
    pub touch_to_start: &'static str,
    pub countdown_title: &'static str,
    pub countdown: fn(u32) -> String,
    pub keep_using: &'static str,
    pub ask_at_counter: &'static str,
    pub address: &'static str,
}

words_in!(KioskWords: JA, EN, EASY);

/// The start screen's name for screen readers: every language at once, as on screen.
pub const START_SCREEN_LABEL: &str = "Touch to start / タッチしてください";

static JA: KioskWords = KioskWords {
    touch_to_start: "タッチしてください",
    countdown_title: "まだお使いですか？",
    countdown: |s| format!("操作がないため、あと {s} 秒で最初の画面に戻ります。"),
    keep_using: "続けて使う",
    ask_at_counter: "スマートフォンで見るときは、窓口でこのページの場所をおたずねください。",
    address: "アドレス",
};

static EN: KioskWords = KioskWords {
    touch_to_start: "Touch to start",
    countdown_title: "Are you still there?",
    countdown: |s| {
        format!(
            "Nobody has touched the screen for a while. It goes back to the start in {s} seconds."
        )
    },
    keep_using: "Keep using",
    ask_at_counter:
        "To see this on your phone, please ask at the counter for the address of this page.",
    address: "Address",
};

static EASY: KioskWords = KioskWords {
    touch_to_start: "さわって ください",
    countdown_title: "まだ {使|つか}いますか？",
    countdown: |s| format!("あと {s}びょうで {{最初|さいしょ}}の {{画面|がめん}}に もどります。"),
    keep_using: "まだ {使|つか}う",
    ask_at_counter: "スマートフォンで {見|み}たい ときは まどぐちで きいて ください。",
    address: "アドレス",
};
