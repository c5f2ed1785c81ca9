package tui

import (
	"maps"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
)

// The setup screen keeps what the facilitator types there before the
// meeting starts, as the note box keeps its draft: the session file has
// no events yet to hold it, so the fields go beside it (Options.KeepSetup)
// once typing pauses, and come back on the next open of that session
// (Options.SetupDraft). Once the meeting's first events are saved the
// setup is in the session file and the kept fields are forgotten.

// setupTickMsg asks for the setup's fields to be kept if nothing was
// typed since generation gen.
type setupTickMsg struct{ gen int }

// setupKeptMsg says whether keeping the setup's fields worked.
type setupKeptMsg struct{ err error }

// setupKeep is the root's record of the setup screen's kept fields.
type setupKeep struct {
	// keep is Options.KeepSetup; nil keeps nothing.
	keep func(map[string]string) error
	gen  int
	// flags are the fields as the flags prefilled them: what a session
	// opened with nothing typed shows, and needs no keeping.
	flags map[string]string
	// kept are the fields as last kept (or given back).
	kept map[string]string
	// onDisk is set while a kept copy may exist, until it is forgotten.
	onDisk bool
	// back is set when fields typed before were given back, so the
	// screen says why its fields are not the flags' alone.
	back bool
}

// setupFields are the setup form's fields as typed, by name.
func setupFields(f *fieldForm) map[string]string {
	out := make(map[string]string, len(f.fields))
	for _, fl := range f.fields {
		out[fl.key] = fl.box.Value()
	}
	return out
}

// restore puts fields typed before back in the setup form f, over the
// flags' prefill.
func (k *setupKeep) restore(f *fieldForm, draft map[string]string) {
	k.flags = setupFields(f)
	for i := range f.fields {
		if v, ok := draft[f.fields[i].key]; ok {
			f.fields[i].box.SetValue(v)
		}
	}
	k.kept = setupFields(f)
	k.onDisk = len(draft) > 0
	k.back = k.onDisk
}

// changed arms the pause after which the setup's fields are kept.
func (k *setupKeep) changed(f *fieldForm) tea.Cmd {
	if k.keep == nil || maps.Equal(setupFields(f), k.kept) {
		return nil
	}
	k.gen++
	gen := k.gen
	return after(draftDelay, func(time.Time) tea.Msg { return setupTickMsg{gen: gen} })
}

// onTick keeps the setup's fields if nothing was typed since the tick
// was armed and they changed since last kept; f is nil once the meeting
// started.
func (k *setupKeep) onTick(f *fieldForm, msg setupTickMsg) tea.Cmd {
	if f == nil || msg.gen != k.gen {
		return nil
	}
	fields := setupFields(f)
	if maps.Equal(fields, k.kept) {
		return nil
	}
	k.kept, k.onDisk = fields, true
	return keepSetupCmd(k.keep, fields)
}

// forget drops the kept fields once the meeting started (f is nil) and
// its first event, which holds the setup, is in the session file.
func (k *setupKeep) forget(f *fieldForm, pending []model.Event) tea.Cmd {
	if !k.onDisk || f != nil || k.keep == nil || len(pending) > 0 && pending[0].Seq == 1 {
		return nil
	}
	k.onDisk = false
	return keepSetupCmd(k.keep, nil)
}

// onKept says on the setup screen f when its fields could not be kept.
func (k *setupKeep) onKept(f *fieldForm, msg setupKeptMsg) {
	if msg.err != nil && f != nil {
		f.err = "what is typed here is not kept yet: " + msg.err.Error()
	}
}

// SetupTyped returns m's setup screen fields, and whether they are worth
// keeping: the meeting has not started and they differ from the flags'
// prefill. The caller keeps them when the screen closes.
func SetupTyped(m *Model) (map[string]string, bool) {
	if m.setup == nil {
		return nil, false
	}
	fields := setupFields(m.setup)
	return fields, !maps.Equal(fields, m.keep.flags)
}

// COMMANDS

// keepSetupCmd runs keep (nil fields: forget them) off the update loop.
func keepSetupCmd(keep func(map[string]string) error, fields map[string]string) tea.Cmd {
	return func() tea.Msg { return setupKeptMsg{err: keep(fields)} }
}
