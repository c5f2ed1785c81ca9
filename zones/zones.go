// Package zones resolves the time zones a meeting's setup names, reading
// the zone database, and hands them to the model, which stays pure. It is
// called where I/O belongs: in a Bubble Tea command and when a command
// loads a session file, before its program runs.
package zones

import (
	"fmt"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// Load reads the zone called name from the zone database. An empty name
// or UTC is UTC. The error names the field as the setup form shows it.
func Load(name string) (*time.Location, error) {
	if loc, ok := model.KnownZone(name); ok {
		return loc, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("Time zone: %q is not a zone like Europe/Berlin", name)
	}
	return loc, nil
}

// Resolve loads the zone called name, as Load, and records it for the
// model.
func Resolve(name string) (*time.Location, error) {
	loc, err := Load(name)
	if err == nil {
		model.LearnZone(loc)
	}
	return loc, err
}

// Learn resolves every zone the events' setups name, so times in a
// session written before read in its zone. A zone that does not resolve
// is left out: the model reads it as UTC, as it always has.
func Learn(events []model.Event) {
	for _, ev := range events {
		if ev.Setup != nil && ev.Setup.TimeZone != "" {
			_, _ = Resolve(ev.Setup.TimeZone)
		}
	}
}
