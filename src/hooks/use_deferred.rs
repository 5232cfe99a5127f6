//! A value that follows another one browser task later, for parts of the page that cost more
//! to draw than the figure a user is watching.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Returns `value` as it was one browser task ago, and `value` itself on the first render.
///
/// A zero-length timer renders the caller again with the new value. A change before the timer
/// fires cancels it, so the deferred parts are redrawn once per pause in typing.
#[hook]
pub fn use_deferred<T>(value: T) -> T
where
    T: Clone + PartialEq + 'static,
{
    let deferred = use_state_eq(|| value.clone());
    {
        let deferred = deferred.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timer = Timeout::new(0, move || deferred.set(value));
            move || drop(timer)
        });
    }
    (*deferred).clone()
}
