package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Classified records a choice from the agenda's taxonomy: Field
// "trigger" sets the incident's trigger; Field "factor" sets the kind of
// contributing factor Note. Value "" clears the choice.
const Classified Kind = "classified"

// The fields a Classified event sets.
const (
	ClassTrigger = "trigger"
	ClassFactor  = "factor"
)

// classify folds a Classified event.
func (s *State) classify(ev Event) error {
	tax := s.Agenda.Taxonomy.OrDefault()
	switch ev.Field {
	case ClassTrigger:
		if ev.Value != "" && !slices.Contains(tax.Triggers, ev.Value) {
			return fmt.Errorf("%s: %q is not a trigger in the agenda's taxonomy", ev.Kind, ev.Value)
		}
		s.Trigger = ev.Value
	case ClassFactor:
		if _, err := s.live(ev); err != nil {
			return err
		}
		if ev.Value != "" && !slices.Contains(tax.Factors, ev.Value) {
			return fmt.Errorf("%s: %q is not a factor kind in the agenda's taxonomy", ev.Kind, ev.Value)
		}
		if s.FactorKinds == nil {
			s.FactorKinds = map[int]string{}
		}
		if ev.Value == "" {
			delete(s.FactorKinds, ev.Note)
		} else {
			s.FactorKinds[ev.Note] = ev.Value
		}
	default:
		return fmt.Errorf("%s: field %q, want %s or %s", ev.Kind, ev.Field, ClassTrigger, ClassFactor)
	}
	return nil
}

// Choice is one entry of a taxonomy offered in the meeting: the key that
// picks it, its label, and whether it is the current choice.
type Choice struct {
	Key    string
	Label  string
	Chosen bool
}

// choiceKeys are the one-key choices, in order: digits, then letters.
const choiceKeys = "123456789abcdefghijklmnopqrstuvwxyz0"

// TriggerChoices lists the agenda's triggers with their keys, the current
// one marked.
func TriggerChoices(s *State) []Choice {
	return choices(s.Agenda.Taxonomy.OrDefault().Triggers, s.Trigger)
}

// FactorChoices lists the agenda's factor kinds with their keys, the kind
// of factor note marked.
func FactorChoices(s *State, note int) []Choice {
	return choices(s.Agenda.Taxonomy.OrDefault().Factors, s.FactorKinds[note])
}

func choices(labels []string, current string) []Choice {
	out := make([]Choice, 0, len(labels))
	for i, l := range labels {
		if i >= len(choiceKeys) {
			break
		}
		out = append(out, Choice{Key: choiceKeys[i : i+1], Label: l, Chosen: l == current})
	}
	return out
}

// Choose turns a key pressed on a list of choices into the Classified
// event for field (and note, for a factor). Picking the current choice
// again clears it. ok is false when no choice has that key.
func Choose(list []Choice, key, field string, note int, now time.Time) (Event, bool) {
	key = strings.ToLower(key)
	for _, c := range list {
		if c.Key != key {
			continue
		}
		v := c.Label
		if c.Chosen {
			v = ""
		}
		return Event{At: now.UTC(), Kind: Classified, Field: field, Note: note, Value: v}, true
	}
	return Event{}, false
}
