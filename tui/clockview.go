package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-dev/debrief/agenda"
)

// fmtClock shows a duration as M:SS (or H:MM:SS), always positive.
func fmtClock(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Truncate(time.Second)
	h, mi, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, mi, s)
	}
	return fmt.Sprintf("%d:%02d", mi, s)
}

// clockText is what the phase clock says: time left, or time over.
func clockText(left time.Duration, st agenda.Status) string {
	switch st {
	case agenda.Overtime:
		return "+" + fmtClock(left) + " over"
	case agenda.Paused:
		if left < 0 {
			return "paused · +" + fmtClock(left) + " over"
		}
		return "paused · " + fmtClock(left) + " left"
	}
	return fmtClock(left) + " left"
}

// bigDigits is a three-row font for the clock, readable from the back of
// a room on a projector.
var bigDigits = map[rune][3]string{
	'0': {"█▀█", "█ █", "▀▀▀"},
	'1': {" ▀█", "  █", "  ▀"},
	'2': {"▀▀█", "█▀▀", "▀▀▀"},
	'3': {"▀▀█", " ▀█", "▀▀▀"},
	'4': {"█ █", "▀▀█", "  ▀"},
	'5': {"█▀▀", "▀▀█", "▀▀▀"},
	'6': {"█▀▀", "█▀█", "▀▀▀"},
	'7': {"▀▀█", "  █", "  ▀"},
	'8': {"█▀█", "█▀█", "▀▀▀"},
	'9': {"█▀█", "▀▀█", "▀▀▀"},
	':': {" ", "▀", "▀"},
	'+': {"   ", "▄█▄", " ▀ "},
}

// bigClock renders s (digits, ':' and '+') in the big font.
func bigClock(s string) [3]string {
	var rows [3]strings.Builder
	for i, r := range s {
		g, ok := bigDigits[r]
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteByte(' ')
			}
			rows[j].WriteString(g[j])
		}
	}
	return [3]string{rows[0].String(), rows[1].String(), rows[2].String()}
}
