package tui

import (
	"errors"
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/zones"
)

// zoneMsg brings a time zone resolved by resolveZone back to Update: the
// zone, or why the name is not one.
type zoneMsg struct {
	name string
	loc  *time.Location
	err  error
}

// resolveZone reads the zone database for name off the Update path.
func resolveZone(name string) tea.Cmd {
	return func() tea.Msg {
		loc, err := zones.Load(name)
		return zoneMsg{name: name, loc: loc, err: err}
	}
}

// errZonePending says the setup names a zone not resolved yet: the screen
// resolves it in a command and saves again when the zoneMsg comes back.
type errZonePending struct{ name string }

func (e errZonePending) Error() string {
	return fmt.Sprintf("Time zone: checking %q", e.name)
}

// checkZone says whether name is a zone already resolved, one known not
// to be, or one still to resolve, without reading the zone database.
func checkZone(c *common, name string) error {
	if _, ok := model.KnownZone(name); ok {
		return nil
	}
	if err, ok := c.badZones[name]; ok {
		return err
	}
	return errZonePending{name}
}

// learnZone keeps what a zoneMsg brought: the zone for the model, or the
// name's error for the form.
func (c *common) learnZone(msg zoneMsg) {
	if msg.err != nil {
		if c.badZones == nil {
			c.badZones = map[string]error{}
		}
		c.badZones[msg.name] = msg.err
		return
	}
	model.LearnZone(msg.loc)
}

// zoneCmd is the command that resolves the zone err waits for, if any.
func zoneCmd(err error) tea.Cmd {
	var p errZonePending
	if errors.As(err, &p) {
		return resolveZone(p.name)
	}
	return nil
}
