package main

import (
	"errors"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/export"
	"github.com/debrief-dev/debrief/store"
	"github.com/debrief-dev/debrief/tui"
)

// cmdFollow shows a meeting another debrief is writing on this machine,
// live and read-only, as its session file grows.
func cmdFollow(args []string, stderr io.Writer) int {
	fs := newFlagSet("follow", stderr, "follow FILE [--rules FILE]")
	file, rules, ok := fileWithRules(fs, args, stderr)
	if !ok {
		return exitError
	}
	if markdownName(file) {
		// An export is finished: nothing is writing it. Say what to
		// follow instead, and what plays an export back: only one with
		// a meeting record, not a postmortem written by hand.
		hint := "the .debrief.yaml a meeting is writing"
		if sp := sessionBeside(file); sp != "" {
			hint = sp
		}
		if _, _, err := loadEvents(file); errors.Is(err, export.ErrNoRecord) {
			return fail(stderr, fmt.Errorf("%s: a Markdown file with no debrief meeting record, not a session file; follow %s",
				safeText(file), safeText(hint)))
		}
		return fail(stderr, fmt.Errorf("%s: an exported postmortem, which no meeting writes to; follow %s, or play this one back with debrief replay %s",
			safeText(file), safeText(hint), quoteArg(file)))
	}
	fl, events, warnings, err := store.Follow(file)
	if err != nil {
		return fail(stderr, err)
	}
	warn(stderr, warnings)
	m, err := tui.NewFollow(file, fl, events, tui.FollowOptions{Rules: rules})
	if err != nil {
		fl.Close()
		return fail(stderr, err)
	}
	_, err = tea.NewProgram(m).Run()
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fail(stderr, fmt.Errorf("follow %s: %w", file, screenErr(err)))
	}
	return exitOK
}
