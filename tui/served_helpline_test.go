package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestServedHostHelpHidesNoKey: the host of a served meeting at 80x24
// gives a row to the presence line; the help line still wraps rather
// than hiding keys behind "…", typing and on the notes list, as at one
// keyboard.
func TestServedHostHelpHidesNoKey(t *testing.T) {
	for _, phase := range []string{"opening", "poorly", "actions"} {
		r := notedRoom(t, phase)
		m := hostModel(t, r, 80, 24)
		for _, onList := range []bool{false, true} {
			if onList {
				m.Update(press("esc"))
			}
			v := ansi.Strip(m.View().Content)
			if strings.Contains(v, "• … •") {
				t.Errorf("host in %s (list: %v) at 80x24 hides keys:\n%s", phase, onList, v)
			}
		}
	}
}
