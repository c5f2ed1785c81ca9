package export

import (
	"reflect"
	"testing"

	"github.com/debrief-dev/debrief/model"
)

// checkList must stay State.Checks, only cheaper.
func TestCheckListIsStateChecks(t *testing.T) {
	for _, build := range []func(testing.TB) []model.Event{checkoutSession, hostileSession} {
		events := build(t)
		s := fold(t, events)
		r := newReport(s, events, Options{})
		if got, want := r.checkList(), s.Checks(r.now); !reflect.DeepEqual(got, want) {
			t.Errorf("checkList:\n%v\nState.Checks:\n%v", got, want)
		}
	}
}
