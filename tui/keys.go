package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// globalKeys work on every meeting screen, whatever has focus.
type globalKeys struct {
	Quit, Next, Prev, Pause, Extend, Export, Help key.Binding
	// Roles changes people's roles in a served meeting: the
	// facilitator's only.
	Roles key.Binding
	// Rhymes shows or hides past incidents that rhyme, in the phases
	// where they help.
	Rhymes key.Binding
}

// typingKeys act on the note box.
type typingKeys struct {
	Commit, TakeSuggestion, Park, ToList, Cancel key.Binding
}

// listKeys are the one-key actions on the selected note.
type listKeys struct {
	Up, Down, Top, Bottom, Edit, EditText, Delete, Undo, Factor, Lucky, Why,
	ParkToggle, Dismiss, PauseKey, ExtendKey, Figures, Summary, Risk, Setup, ToType key.Binding
	// Classify opens the taxonomy chooser: the trigger, and the kind of a
	// selected factor.
	Classify key.Binding
}

// rhymeKeys act on the rhymes pane once it has the keys (esc from the box).
type rhymeKeys struct {
	Up, Down, Open, ToType key.Binding
}

// chooseKeys work in the taxonomy chooser, besides the choices' own keys.
type chooseKeys struct {
	Switch, Close key.Binding
}

// unsavedKeys answer the question ctrl+c asks when the session file is
// not taking the meeting's changes.
type unsavedKeys struct {
	Stay, Quit key.Binding
}

// formKeys move between and save a form's fields.
type formKeys struct {
	FieldNext, FieldPrev, FieldCycle, Save, Cancel key.Binding
	// CycleBack steps the other way; FieldCycle's help names both.
	CycleBack key.Binding
	// Help is f1 only: ? is a character a field may hold.
	Help key.Binding
}

// pagerKeys scroll a long pane: the preview, the wrap-up and the help.
type pagerKeys struct {
	Up, Down, PageUp, PageDown, Close key.Binding
}

// scroll moves a page's offset by one line or one page for the pager's
// keys, and reports whether msg was one of them. Clamping to the content
// is the page's own, in its refresh.
func (k pagerKeys) scroll(msg tea.KeyPressMsg, offset *int, height int) bool {
	switch {
	case key.Matches(msg, k.Up):
		*offset--
	case key.Matches(msg, k.Down):
		*offset++
	case key.Matches(msg, k.PageUp):
		*offset -= max(1, height-1)
	case key.Matches(msg, k.PageDown):
		*offset += max(1, height-1)
	default:
		return false
	}
	return true
}

// replayKeys drive playback.
type replayKeys struct {
	PlayPause, StepForward, StepBack, PhaseForward, PhaseBack, Faster, Slower, Quit key.Binding
	// Scroll names the pager's keys on the help line; readScroll takes
	// them, as on every read-only screen.
	Scroll key.Binding
}

// keyMap is every key debrief answers to, in groups by context. Bindings
// that do not apply right now are disabled, so the help shown is true.
type keyMap struct {
	Global globalKeys
	Typing typingKeys
	List   listKeys
	Form   formKeys
	Pager  pagerKeys
	Replay replayKeys
	// Imports review imported timeline rows.
	Imports importKeys
	Rhyme   rhymeKeys
	Choose  chooseKeys
	Unsave  unsavedKeys
	// Pick is the facilitator's role picker in a served meeting.
	Pick pickKeys
}

func bind(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

func defaultKeyMap() keyMap {
	return keyMap{
		Global: globalKeys{
			Quit:   bind("ctrl+c", "save & quit", "ctrl+c"),
			Next:   bind("ctrl+n", "next phase", "ctrl+n"),
			Prev:   bind("ctrl+p", "prev phase", "ctrl+p"),
			Pause:  bind("ctrl+t", "pause", "ctrl+t"),
			Extend: bind("ctrl+x", "add 1 min", "ctrl+x"),
			Export: bind("ctrl+o", "export", "ctrl+o"),
			Help:   bind("?", "all keys", "?", "f1"),
			Roles:  enabled(bind("ctrl+g", "roles", "ctrl+g"), false),
			Rhymes: bind("ctrl+r", "rhymes", "ctrl+r"),
		},
		Typing: typingKeys{
			Commit:         bind("enter", "commit", "enter"),
			TakeSuggestion: bind("tab", "take rewrite", "tab"),
			Park:           bind("ctrl+l", "park it", "ctrl+l"),
			ToList:         bind("esc", "notes list", "esc"),
			Cancel:         bind("esc", "cancel", "esc"),
		},
		List: listKeys{
			Up:         bind("↑/k", "up", "up", "k"),
			Down:       bind("↓/j", "down", "down", "j"),
			Top:        bind("g/home", "first", "g", "home"),
			Bottom:     bind("G/end", "last", "G", "end"),
			Edit:       bind("e", "edit", "e"),
			EditText:   bind("E", "edit raw text", "E"),
			Delete:     bind("d", "delete", "d", "delete"),
			Undo:       bind("u", "undo", "u"),
			Factor:     bind("f", "factor", "f"),
			Lucky:      bind("l", "lucky", "l"),
			Why:        bind("w", "why?", "w"),
			ParkToggle: bind("p", "park", "p"),
			Dismiss:    bind("x", "dismiss flags", "x"),
			PauseKey:   bind("space", "pause", "space"),
			ExtendKey:  bind("+", "add 1 min", "+", "="),
			Figures:    bind("m", "impact figures", "m"),
			Summary:    bind("s", "summary", "s"),
			Risk:       bind("r", "accept risk", "r"),
			Setup:      bind("a", "setup", "a"),
			ToType:     bind("i/esc", "type", "i", "esc", "enter"),
			Classify:   bind("c", "classify", "c"),
		},
		Form: formKeys{
			FieldNext:  bind("tab/↓", "next field", "tab", "down"),
			FieldPrev:  bind("shift+tab/↑", "previous field", "shift+tab", "up"),
			FieldCycle: bind("ctrl+←/→", "change", "ctrl+right"),
			CycleBack:  key.NewBinding(key.WithKeys("ctrl+left")),
			Help:       bind("f1", "all keys", "f1"),
			Save:       bind("enter", "save all", "enter"),
			Cancel:     bind("esc", "cancel", "esc"),
		},
		Pager: pagerKeys{
			Up:       bind("↑/k", "up", "up", "k"),
			Down:     bind("↓/j", "down", "down", "j"),
			PageUp:   bind("pgup/b", "page up", "pgup", "b"),
			PageDown: bind("pgdn/space", "page down", "pgdown", "space", "f"),
			Close:    bind("esc/q", "close", "esc", "q"),
		},
		Rhyme: rhymeKeys{
			Up:     bind("↑/k", "up", "up", "k"),
			Down:   bind("↓/j", "down", "down", "j"),
			Open:   bind("enter", "preview", "enter"),
			ToType: bind("i/esc", "type", "i", "esc"),
		},
		Choose: chooseKeys{
			Switch: bind("tab", "trigger/factor", "tab"),
			Close:  bind("esc", "close", "esc"),
		},
		Unsave: unsavedKeys{
			Stay: bind("r/esc", "stay, keep retrying", "r", "esc"),
			Quit: bind("q/ctrl+c", "quit, write a rescue copy", "q", "ctrl+c"),
		},
		Replay: replayKeys{
			PlayPause:    bind("space", "play/pause", "space"),
			StepForward:  bind("→/l", "step", "right", "l"),
			StepBack:     bind("←/h", "step back", "left", "h"),
			PhaseForward: bind("n", "next phase", "n", "ctrl+n"),
			PhaseBack:    bind("p", "previous phase", "p", "ctrl+p"),
			Faster:       bind("+", "faster", "+", "="),
			Slower:       bind("-", "slower", "-", "_"),
			Quit:         bind("q/esc", "quit", "q", "esc", "ctrl+c"),
			Scroll:       bind("↑/↓ pgup/pgdn", "scroll", "up", "down", "pgup", "pgdown"),
		},
		Imports: defaultImportKeys(),
		Pick: pickKeys{
			Prev:  bind("←", "previous person", "left", "up", "shift+tab", "h", "k"),
			Next:  bind("→", "next person", "right", "down", "tab", "l", "j"),
			Role:  bind("1–4", "viewer, participant, scribe, facilitator", "1", "2", "3", "4"),
			Close: bind("esc", "close", "esc", "enter", "ctrl+g"),
		},
	}
}

// pickKeys choose a person and give them a role in a served meeting.
type pickKeys struct {
	Prev, Next, Role, Close key.Binding
}

// shortHelp is the help line while the picker is open: each number with
// the role it gives, so none is cut at 80 columns.
func (g pickKeys) shortHelp(quit key.Binding) []key.Binding {
	out := make([]key.Binding, 0, 8)
	for i, a := range []string{"viewer", "participant", "scribe", "facilitator"} {
		n := string(rune('1' + i))
		out = append(out, enabled(bind(n, a, n), g.Role.Enabled()))
	}
	person := bind("←/→", "person", "left", "right")
	return append(out, enabled(person, g.Next.Enabled()), withHelp(g.Close, "esc", "done"), quit)
}

// bindings lists a group's bindings in declaration order, for full help.
func (g globalKeys) bindings() []key.Binding {
	out := []key.Binding{g.Next, g.Prev, g.Pause, g.Extend, g.Export, g.Rhymes, g.Help, g.Quit}
	if g.Roles.Enabled() {
		// Only a served meeting's facilitator has it: elsewhere it would
		// be a dimmed key no one can ever use.
		out = append(out, g.Roles)
	}
	return out
}

func (g typingKeys) bindings() []key.Binding {
	return []key.Binding{g.Commit, g.TakeSuggestion, g.Park, g.ToList}
}

func (g listKeys) bindings() []key.Binding {
	return []key.Binding{g.Up, g.Down, g.Top, g.Bottom, g.Edit, g.EditText, g.Delete, g.Undo,
		g.Factor, g.Lucky, g.Why, g.ParkToggle, g.Dismiss, g.PauseKey, g.ExtendKey, g.Figures,
		g.Summary, g.Risk, g.Classify, g.Setup, g.ToType}
}

func (g rhymeKeys) bindings() []key.Binding {
	return []key.Binding{g.Up, g.Down, g.Open, g.ToType}
}

func (g chooseKeys) bindings() []key.Binding {
	if g.Close.Help().Key == "" {
		return nil // withdrawn: the choices' keys with it
	}
	return []key.Binding{bind("1-9 a-z", "pick (again: clear)", "1"), g.Switch, g.Close}
}

func (g unsavedKeys) bindings() []key.Binding { return []key.Binding{g.Stay, g.Quit} }

func (g formKeys) bindings() []key.Binding {
	return []key.Binding{g.Save, g.FieldNext, g.FieldPrev, g.FieldCycle, g.Cancel}
}

func (g pagerKeys) bindings() []key.Binding {
	return []key.Binding{g.Up, g.Down, g.PageUp, g.PageDown, g.Close}
}

func (g replayKeys) bindings() []key.Binding {
	return []key.Binding{g.PlayPause, g.StepForward, g.StepBack, g.PhaseForward, g.PhaseBack, g.Faster, g.Slower, g.Scroll, g.Quit}
}

// keyHelp is a help.KeyMap built for one moment: the help line's keys
// and the keys sheet's titled groups, each limited to what applies.
type keyHelp struct {
	short  []key.Binding
	groups []helpGroup
}

// ShortHelp is the help line.
func (k keyHelp) ShortHelp() []key.Binding { return k.short }

// FullHelp is the keys sheet, a column per group.
func (k keyHelp) FullHelp() [][]key.Binding {
	out := make([][]key.Binding, len(k.groups))
	for i, g := range k.groups {
		out[i] = g.bindings
	}
	return out
}

// withdraw takes bindings off this screen for good: off, and with no
// help, so neither the help line nor the keys sheet lists them. It is for
// keys a person's role, or a read-only screen, can never use; a key that
// only does not apply right now is disabled instead, and the sheet shows
// it dimmed.
func withdraw(bs ...*key.Binding) {
	for _, b := range bs {
		b.SetEnabled(false)
		b.SetHelp("", "")
	}
}

// offered reports whether b is this screen's at all: not withdrawn. A
// hint that names a key is shown only where the key is offered.
func offered(b key.Binding) bool { return b.Help().Key != "" }

// withdrawImports takes the imported rows' review keys off the screen.
func withdrawImports(k *importKeys) {
	withdraw(&k.Keep, &k.Drop, &k.Restore, &k.Edit, &k.Select, &k.NextPending, &k.Filter, &k.Import)
}

// readOnly leaves a screen that only shows the meeting with the
// keys sheet, its scrolling and ctrl+c.
func (k *keyMap) readOnly() {
	g := &k.Global
	withdraw(&g.Next, &g.Prev, &g.Pause, &g.Extend, &g.Export, &g.Roles, &g.Rhymes)
	t := &k.Typing
	withdraw(&t.Commit, &t.TakeSuggestion, &t.Park, &t.ToList, &t.Cancel)
	l := &k.List
	withdraw(&l.Up, &l.Down, &l.Top, &l.Bottom, &l.Edit, &l.EditText, &l.Delete, &l.Undo, &l.Factor,
		&l.Lucky, &l.Why, &l.ParkToggle, &l.Dismiss, &l.PauseKey, &l.ExtendKey, &l.Figures, &l.Summary,
		&l.Risk, &l.Setup, &l.ToType, &l.Classify)
	f := &k.Form
	withdraw(&f.FieldNext, &f.FieldPrev, &f.FieldCycle, &f.CycleBack, &f.Save, &f.Cancel, &f.Help)
	r := &k.Rhyme
	withdraw(&r.Up, &r.Down, &r.Open, &r.ToType)
	withdraw(&k.Choose.Switch, &k.Choose.Close)
	withdrawImports(&k.Imports)
}

// enabled turns b off unless on; a binding the person's role turned off
// stays off.
func enabled(b key.Binding, on bool) key.Binding {
	b.SetEnabled(on && b.Enabled())
	return b
}
