package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"

	"github.com/debrief-dev/debrief/model"
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
	if err := keepSetup(session)(nil); err != nil {
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
	if err := keepSetup(session)(fields); err != nil {
		why := err.Error()
		if errors.Is(err, store.ErrNotExport) {
			why = p + " is a file debrief did not write, and it stays as it is"
		}
		// Nothing typed is lost: what could not be kept is printed.
		fmt.Fprintf(stderr, "debrief: the setup typed is not kept (%s); here it is:\n", textsafe.Escape(why))
		for _, name := range slices.Sorted(maps.Keys(fields)) {
			if fields[name] != "" {
				fmt.Fprintf(stderr, "  %s: %s\n", name, textsafe.Escape(fields[name]))
			}
		}
		return false
	}
	fmt.Fprintf(stderr, "debrief: the meeting never started; what was typed on its setup screen is kept in %s\n  debrief resume %s opens the setup with it\n",
		textsafe.Escape(p), textsafe.Escape(quoteArg(session)))
	return true
}

// setupFlagNames are the setup screen's fields that new's and serve's
// flags prefill, by flag name.
var setupFlagNames = []string{"title", "service", "severity", "date", "attendees"}

// draftUnderFlags drops from draft the fields a flag given on this
// command line sets: what is typed now wins over what was typed before.
func draftUnderFlags(fs *flag.FlagSet, draft map[string]string) map[string]string {
	fs.Visit(func(f *flag.Flag) {
		for _, n := range setupFlagNames {
			if f.Name == n {
				delete(draft, n)
			}
		}
	})
	return draft
}

// keptSetupNote is what a refusal to start over an existing session adds
// when that session's setup, typed before its meeting started, is kept
// beside it, so the facilitator knows it is not lost and how to get it.
func keptSetupNote(session string) string {
	p := store.SetupDraftPath(session)
	if fields, err := store.LoadSetupDraft(p); err != nil || len(fields) == 0 {
		return ""
	}
	return fmt.Sprintf("\n  what was typed on its setup screen is kept in %s; debrief resume %s opens the setup with it",
		p, quoteArg(session))
}

// servedSetup is the setup a served meeting that never started begins
// with: what was typed on its setup screen (FILE.setup), under the flags
// given now, as debrief resume would open it; used reports whether there
// was such a draft.
func servedSetup(fs *flag.FlagSet, session string, setup model.Setup, stderr io.Writer) (model.Setup, bool, error) {
	draft := setupDraftBack(session, stderr)
	if len(draft) == 0 {
		return setup, false, nil
	}
	s, err := tui.SetupFromDraft(setup, draftUnderFlags(fs, draft), time.Now())
	if err != nil {
		return setup, false, fmt.Errorf("%s: %w", store.SetupDraftPath(session), err)
	}
	return s, true, nil
}
