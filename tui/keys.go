package tui

import "charm.land/bubbles/v2/key"

// keyMap is every key debrief answers to. Keys that don't apply in the
// current screen or mode are disabled, so the help line only shows what
// works right now.
type keyMap struct {
	// Always.
	Quit, Next, Prev, Pause, Extend, Export key.Binding
	// Typing in the note box.
	Commit, TakeSuggestion, Park, ToList key.Binding
	// Working on the notes list.
	Up, Down, Edit, EditText, Delete, Undo, Factor, Lucky, Why, ParkToggle, Dismiss,
	PauseKey, ExtendKey, Figures, Summary, Risk, ToType, Help key.Binding
	// Forms (setup, impact figures, action fields).
	FieldNext, FieldPrev, FieldCycle, Save, Cancel key.Binding
	// The export preview and replay.
	Close, Scroll, PlayPause, StepForward, StepBack, PhaseForward, PhaseBack, Faster, Slower key.Binding
}

func defaultKeyMap() keyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return keyMap{
		Quit:   b([]string{"ctrl+c"}, "ctrl+c", "save & quit"),
		Next:   b([]string{"ctrl+n"}, "ctrl+n", "next phase"),
		Prev:   b([]string{"ctrl+p"}, "ctrl+p", "previous phase"),
		Pause:  b([]string{"ctrl+t"}, "ctrl+t", "pause/resume"),
		Extend: b([]string{"ctrl+x"}, "ctrl+x", "+1 min"),
		Export: b([]string{"ctrl+o"}, "ctrl+o", "export & preview"),

		Commit:         b([]string{"enter"}, "enter", "commit"),
		TakeSuggestion: b([]string{"tab"}, "tab", "take suggestion"),
		Park:           b([]string{"ctrl+l"}, "ctrl+l", "to parking lot"),
		ToList:         b([]string{"esc", "up"}, "esc/↑", "notes"),

		Up:         b([]string{"up", "k"}, "↑/k", "up"),
		Down:       b([]string{"down", "j"}, "↓/j", "down"),
		Edit:       b([]string{"e"}, "e", "edit"),
		EditText:   b([]string{"E"}, "E", "edit text"),
		Delete:     b([]string{"d", "delete"}, "d", "delete"),
		Undo:       b([]string{"u"}, "u", "undo delete"),
		Factor:     b([]string{"f"}, "f", "factor"),
		Lucky:      b([]string{"l"}, "l", "lucky"),
		Why:        b([]string{"w"}, "w", "why?"),
		ParkToggle: b([]string{"p"}, "p", "park"),
		Dismiss:    b([]string{"x"}, "x", "dismiss flag"),
		PauseKey:   b([]string{"space"}, "space", "pause"),
		ExtendKey:  b([]string{"+", "="}, "+", "+1 min"),
		Figures:    b([]string{"m"}, "m", "impact figures"),
		Summary:    b([]string{"s"}, "s", "summary"),
		Risk:       b([]string{"r"}, "r", "risk accepted"),
		ToType:     b([]string{"esc", "i", "enter"}, "esc/i", "type"),
		Help:       b([]string{"?"}, "?", "all keys"),

		FieldNext:  b([]string{"tab", "down"}, "tab/↓", "next field"),
		FieldPrev:  b([]string{"shift+tab", "up"}, "shift+tab/↑", "previous field"),
		FieldCycle: b([]string{"ctrl+right", "ctrl+left"}, "ctrl+←/→", "change"),
		Save:       b([]string{"enter"}, "enter", "save"),
		Cancel:     b([]string{"esc"}, "esc", "cancel"),

		Close:        b([]string{"esc", "q"}, "esc/q", "close"),
		Scroll:       b([]string{"up", "down", "pgup", "pgdown"}, "↑/↓/pgup/pgdn", "scroll"),
		PlayPause:    b([]string{"space"}, "space", "play/pause"),
		StepForward:  b([]string{"right", "l"}, "→", "step"),
		StepBack:     b([]string{"left", "h"}, "←", "step back"),
		PhaseForward: b([]string{"n", "ctrl+n"}, "n", "next phase"),
		PhaseBack:    b([]string{"p", "ctrl+p"}, "p", "previous phase"),
		Faster:       b([]string{"+", "="}, "+", "faster"),
		Slower:       b([]string{"-", "_"}, "-", "slower"),
	}
}
