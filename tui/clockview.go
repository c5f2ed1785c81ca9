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

// bigClock renders s (digits, ':' and '+') in the big font, each cell
// drawn scale cells wide and scale rows tall.
func bigClock(s string, scale int) []string {
	scale = max(1, scale)
	var rows [3]strings.Builder
	for i, r := range s {
		g, ok := bigDigits[r]
		if !ok {
			continue
		}
		for j := range rows {
			if i > 0 {
				rows[j].WriteString(strings.Repeat(" ", scale))
			}
			for _, c := range g[j] {
				rows[j].WriteString(strings.Repeat(string(c), scale))
			}
		}
	}
	out := make([]string, 0, 3*scale)
	for j := range rows {
		for range scale {
			out = append(out, rows[j].String())
		}
	}
	return out
}
