//! Knowing when the first render has reached the screen, so that work the first figure does
//! not need can wait for it.

use gloo_render::request_animation_frame;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Returns `false` until the component's first render has been painted, then `true`.
///
/// An animation frame callback runs just before the browser paints. A zero-length timer set
/// there runs after the paint, and its state change renders the component again. A page
/// opened in a background tab gets no animation frames, so a fallback timer does the same.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |()| {
            let after_frame = painted.clone();
            let frame = request_animation_frame(move |_| {
                Timeout::new(0, move || after_frame.set(true)).forget();
            });
            let fallback = Timeout::new(FALLBACK_MS, move || painted.set(true));
            move || {
                drop(frame);
                drop(fallback);
            }
        });
    }
    *painted
}

/// Milliseconds after which the rest of the page is drawn even without an animation frame.
const FALLBACK_MS: u32 = 250;
