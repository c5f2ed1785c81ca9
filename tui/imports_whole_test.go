package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
)

// longAlert is an imported alert near the importer's 400-character cap, as
// Alertmanager's summaries and long chat messages are.
const longAlert = "Alert CheckoutHighErrorRate firing (critical, checkout-api-7:9090): " +
	"Checkout 5xx ratio above 5% for five minutes across all three availability zones, " +
	"paging the checkout on-call rotation and the payments secondary while the retry storm " +
	"from the mobile clients kept the connection pool pinned at its new lower maximum until " +
	"the rollback finished at twenty to ten"

// paneText is the review pane's words as read top to bottom: the right
// column of the meeting screen, its lines joined.
func paneText(screen string) string {
	var words []string
	for _, l := range strings.Split(screen, "\n") {
		_, right, ok := strings.Cut(l, "││")
		if !ok {
			continue
		}
		words = append(words, strings.Fields(strings.TrimSuffix(strings.TrimSpace(right), "│"))...)
	}
	return strings.Join(words, " ")
}

// TestSelectedImportedRowReadsWhole: a long alert under the cursor is
// wrapped whole within the pane at 80x24 and larger, not cut after three
// lines; in a taller window the rows around it still show, one line each.
func TestSelectedImportedRowReadsWhole(t *testing.T) {
	rows := sampleRows()
	rows = append(rows, model.DraftRow{At: incident.Add(3 * time.Minute), Text: longAlert, Tag: model.MarkDetected, Source: "alertmanager:alerts.json"})
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		m := reviewing(t, rows)
		sized(m, size[0], size[1])
		send(m, keyRune('j'))
		if d := m.meeting.imports.current(); d == nil || !strings.HasPrefix(d.Body(), longAlert) {
			t.Fatalf("%dx%d: the cursor is not on the long alert", size[0], size[1])
		}
		screen := plain(m)
		if got := paneText(screen); !strings.Contains(got, longAlert) {
			t.Errorf("%dx%d: the selected alert is not whole in the pane:\n%s", size[0], size[1], screen)
		}
		if size[1] >= 40 && !strings.Contains(screen, "Page sent to the payments") {
			t.Errorf("%dx%d: the next row is gone:\n%s", size[0], size[1], screen)
		}
	}
}
