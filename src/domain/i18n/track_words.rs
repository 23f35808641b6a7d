//! The words of a card's small bar from the baseline to the final target.

pub struct TrackWords {
    /// Before the share of the way made: 「最終目標への進み」.
    pub caption: &'static str,
    /// The bar's start.
    pub from: &'static str,
    /// The bar's end.
    pub to: &'static str,
}

pub(super) static JA: TrackWords = TrackWords {
    caption: "最終目標への進み",
    from: "基準値",
    to: "最終目標",
};

pub(super) static EN: TrackWords = TrackWords {
    caption: "Progress toward the final target",
    from: "Baseline",
    to: "Final target",
};

pub(super) static EASY: TrackWords = TrackWords {
    caption: "{最後|さいご}に めざす {数字|すうじ}まで",
    from: "はじめ",
    to: "めざす {数字|すうじ}",
};

words_in!(TrackWords: track);
