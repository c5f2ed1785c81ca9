package main

import (
	"fmt"
	"io"

	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/textsafe"
	"github.com/debrief-dev/debrief/tui"
)

// keepSetup is how the setup screen keeps what the facilitator typed
// before the meeting starts: beside the session file, which holds only
// events and has none yet.
func keepSetup(session string) func(map[string]string) error {
	return func(fields map[string]string) error {
		return store.WriteSetupDraft(store.SetupDraftPath(session), fields)
	}
}

// setupDraftBack reads what was typed on the setup screen of a session
// that never started, so its setup opens as it was left, and says so.
func setupDraftBack(session string, stderr io.Writer) map[string]string {
	p := store.SetupDraftPath(session)
	fields, err := store.LoadSetupDraft(p)
	if err != nil {
		fmt.Fprintf(stderr, "debrief: %s\n", textsafe.Escape(err.Error()))
		return nil
	}
	if len(fields) > 0 {
		fmt.Fprintf(stderr, "debrief: the setup typed before is back (from %s)\n", textsafe.Escape(p))
	}
	return fields
}

// forgetSetup removes a setup kept for a meeting that has started since
// or was left with nothing typed; a file debrief did not write stays.
func forgetSetup(session string, stderr io.Writer) {
	if err := store.WriteSetupDraft(store.SetupDraftPath(session), nil); err != nil {
		fmt.Fprintf(stderr, "debrief: %s\n", textsafe.Escape(err.Error()))
	}
}

// keptSetup keeps the setup screen's fields when the screen closed
// before the meeting started with something typed there, and says how to
// get them back. It reports whether they were kept, so the session file,
// which resume needs to find them, stays too.
func keptSetup(fm *tui.Model, session string, stderr io.Writer) bool {
	fields, typed := tui.SetupTyped(fm)
	if !typed {
		return false
	}
	p := store.SetupDraftPath(session)
	if err := store.WriteSetupDraft(p, fields); err != nil {
		fmt.Fprintf(stderr, "debrief: the setup typed is not kept: %s\n", textsafe.Escape(err.Error()))
		return false
	}
	fmt.Fprintf(stderr, "debrief: the meeting never started; what was typed on its setup screen is kept in %s\n  debrief resume %s opens the setup with it\n",
		textsafe.Escape(p), textsafe.Escape(quoteArg(session)))
	return true
}
