package tui

import (
	"strings"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// SetupFromDraft reads the setup a meeting would start with from the
// fields kept from its setup screen (draft, as Options.SetupDraft takes
// them) over prefill, as the setup screen reads them on ctrl+n. It is for
// a meeting started without that screen (a served meeting resumed), so it
// may read the zone database; the error names the field that is wrong.
func SetupFromDraft(prefill model.Setup, draft map[string]string, now time.Time) (model.Setup, error) {
	c := newCommon(true)
	f := newSetupForm(c, prefill, "Setup")
	var k setupKeep
	k.restore(f, draft)
	if z := f.value("zone"); z != "" && !strings.EqualFold(z, "utc") {
		if _, ok := model.KnownZone(z); !ok {
			// Outside any screen: the command runs here and now.
			if msg, ok := resolveZone(z)().(zoneMsg); ok {
				c.learnZone(msg)
			}
		}
	}
	return setupValue(f, now)
}
