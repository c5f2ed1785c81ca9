package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-dev/debrief/model"
	"github.com/debrief-dev/debrief/serve"
)

// TestParticipantSeesNoSummaryBoxInTheWrapUp: the summary is the
// facilitator's and the scribe's. In the wrap-up a participant has no
// summary box or placeholder and is not offered a key to type in one;
// their keys scroll the wrap-up. The scribe still has the box.
func TestParticipantSeesNoSummaryBoxInTheWrapUp(t *testing.T) {
	r := notedRoom(t, "actions")
	pat := joinedModel(t, r, "pat", model.Participant)
	kim := joinedModel(t, r, "kim", model.Scribe)
	ended := serve.EventsMsg{Events: []model.Event{{Seq: 5, At: time.Now().UTC(), Kind: model.MeetingEnded}}}
	pat.Update(ended)
	kim.Update(ended)
	f := frame(pat)
	for _, no := range []string{"summary ›", "3-5 sentences", "i/esc type"} {
		if strings.Contains(f, no) {
			t.Errorf("the participant's wrap-up shows %q:\n%s", no, f)
		}
	}
	if !strings.Contains(f, "WRAP-UP · keys act") {
		t.Errorf("the participant's keys do not act on the wrap-up:\n%s", f)
	}
	if f := frame(kim); !strings.Contains(f, "summary › [3-5 sentences") {
		t.Errorf("the scribe lost the summary box:\n%s", f)
	}
}
