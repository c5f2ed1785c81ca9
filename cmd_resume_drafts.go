package main

import (
	"fmt"
	"io"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/textsafe"
)

// hostFingerprint is the key the host's own draft has in a served
// meeting's drafts file (see cmd_serve.go).
const hostFingerprint = "host"

// servedDraftsBack gives the host's draft from a served meeting's drafts
// file back to a meeting resumed at one keyboard, as `serve --resume`
// would: a served meeting killed and then resumed with `debrief resume`
// kept the host's unfinished words only there. The draft becomes the
// current phase's draft in the session file, unless that phase already
// keeps one (then nothing is replaced). Other people's drafts stay in the
// drafts file for `serve --resume`, and stderr says so. It returns the
// events to resume with.
func servedDraftsBack(f *store.File, path string, events []model.Event, now time.Time, stderr io.Writer) []model.Event {
	dp := store.DraftsPath(path)
	drafts, err := store.LoadDrafts(dp)
	if err != nil {
		fmt.Fprintf(stderr, "debrief: %s; the meeting resumes without it\n", textsafe.Escape(err.Error()))
		return events
	}
	if len(drafts) == 0 {
		return events
	}
	others := len(drafts)
	if text := drafts[hostFingerprint]; text != "" {
		others--
		if ev, ok := hostDraftEvent(events, text, now); ok {
			if err := f.Append(ev); err != nil {
				fmt.Fprintf(stderr, "debrief: %s: the host's unfinished text from the served meeting stays in %s\n",
					textsafe.Escape(err.Error()), textsafe.Escape(dp))
			} else {
				events = append(events, ev)
				fmt.Fprintf(stderr, "debrief: the host's unfinished text from the served meeting is back in the note box (from %s)\n",
					textsafe.Escape(dp))
				// Taken once: serving again must not give it back a second time.
				delete(drafts, hostFingerprint)
				if err := store.WriteDrafts(dp, drafts); err != nil {
					fmt.Fprintf(stderr, "debrief: %s\n", textsafe.Escape(err.Error()))
				}
			}
		}
	}
	if others > 0 {
		who := "1 other person"
		if others > 1 {
			who = fmt.Sprintf("%d other people", others)
		}
		fmt.Fprintf(stderr, "debrief: %s keeps unfinished text of %s from the served meeting; `debrief serve --resume %s` gives it back to each\n",
			textsafe.Escape(dp), who, textsafe.Escape(path))
	}
	return events
}

// hostDraftEvent is the draft event that puts text in the current phase's
// note box, or false when the session cannot be read or that phase
// already keeps a draft of its own.
func hostDraftEvent(events []model.Event, text string, now time.Time) (model.Event, bool) {
	st, err := model.Fold(events)
	if err != nil {
		return model.Event{}, false
	}
	phase := st.CurrentPhaseID()
	if _, kept := st.DraftOf(phase); kept {
		return model.Event{}, false
	}
	ev := model.DraftEvent(phase, model.Draft{Text: text, Target: model.DraftNote})
	ev.At, ev.Seq = now, len(events)+1
	if err := st.Apply(ev); err != nil {
		return model.Event{}, false
	}
	return ev, true
}
