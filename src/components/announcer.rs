//! A polite live region that speaks a summary once typing pauses, not on every keystroke.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Milliseconds without a change after which the new summary is announced.
const PAUSE_MS: u32 = 1_000;

/// Properties of [`Announcer`].
#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    /// The summary to announce once it stops changing.
    pub text: AttrValue,
}

/// Holds back each new summary until it has been stable for a second, then places it in a
/// visually hidden polite live region.
#[function_component(Announcer)]
pub fn announcer(props: &AnnouncerProps) -> Html {
    let spoken = use_state(|| props.text.clone());
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let spoken = spoken.clone();
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            // Replacing the timeout drops, and so cancels, the one still waiting.
            *pending.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || spoken.set(text)));
        });
    }
    html! {
        <p class="visually-hidden" aria-live="polite" data-testid="announcement">{ (*spoken).clone() }</p>
    }
}
