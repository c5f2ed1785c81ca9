// Package model is the session domain: the events of a review meeting, the
// fold that turns them into state, and the captured notes, timeline and
// action items. It is pure: every function that needs the time takes it.
package model

import (
	"fmt"
	"strings"
)

// Severity is the incident's severity, "SEV-1" (worst) to "SEV-4".
type Severity string

// The severities debrief knows.
const (
	SEV1 Severity = "SEV-1"
	SEV2 Severity = "SEV-2"
	SEV3 Severity = "SEV-3"
	SEV4 Severity = "SEV-4"
)

// Severities lists the severities from worst to mildest.
var Severities = []Severity{SEV1, SEV2, SEV3, SEV4}

// ParseSeverity accepts "SEV-2", "sev2", "2" and the like.
func ParseSeverity(s string) (Severity, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	t = strings.TrimPrefix(strings.TrimPrefix(t, "SEV"), "-")
	switch t {
	case "1", "2", "3", "4":
		return Severity("SEV-" + t), nil
	}
	return "", fmt.Errorf("severity %q: want SEV-1, SEV-2, SEV-3 or SEV-4", s)
}

// Level is 1 for SEV-1 through 4 for SEV-4, and 0 when unset.
func (s Severity) Level() int {
	for i, v := range Severities {
		if v == s {
			return i + 1
		}
	}
	return 0
}

// Role is what an attendee does in the meeting.
type Role string

// The roles seeds 000 and 003 name for a review meeting.
const (
	RoleFacilitator Role = "facilitator"
	RoleScribe      Role = "scribe"
	RoleCommander   Role = "incident commander"
	RoleOwner       Role = "postmortem owner"
	RoleParticipant Role = "participant"
	RoleResponder   Role = "responder"
	RoleLiaison     Role = "liaison"
	RoleExpert      Role = "subject-matter expert"
	RoleProduct     Role = "product manager"
	RoleComms       Role = "communications"
	RoleSupport     Role = "customer support"
	RoleObserver    Role = "observer"
)

// Roles lists the meeting's own roles, in the order seed 000 names them.
var Roles = []Role{RoleFacilitator, RoleScribe, RoleCommander, RoleOwner, RoleParticipant}

// OtherRoles lists the roles people bring from the incident and the
// business (seed 003: liaison, subject-matter expert, product manager...).
var OtherRoles = []Role{RoleResponder, RoleLiaison, RoleExpert, RoleProduct, RoleComms, RoleSupport, RoleObserver}

// ParseRole accepts a role's name or a common short form ("ic", "owner").
func ParseRole(s string) (Role, error) {
	t := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(s, "-", " ")), " "))
	switch t {
	case "", "participant", "attendee", "other":
		return RoleParticipant, nil
	case "facilitator", "fac":
		return RoleFacilitator, nil
	case "scribe", "notetaker", "note taker":
		return RoleScribe, nil
	case "incident commander", "ic", "commander":
		return RoleCommander, nil
	case "postmortem owner", "owner", "pm owner":
		return RoleOwner, nil
	case "responder", "on call", "oncall", "engineer":
		return RoleResponder, nil
	case "liaison", "customer liaison", "partner liaison":
		return RoleLiaison, nil
	case "subject matter expert", "sme", "expert":
		return RoleExpert, nil
	case "product manager", "pm", "product":
		return RoleProduct, nil
	case "communications", "comms", "communications lead":
		return RoleComms, nil
	case "customer support", "support":
		return RoleSupport, nil
	case "observer", "viewer":
		return RoleObserver, nil
	}
	var names []string
	for _, r := range append(Roles[:len(Roles):len(Roles)], OtherRoles...) {
		names = append(names, string(r))
	}
	return "", fmt.Errorf("role %q: want one of %s", s, strings.Join(names, ", "))
}

// Attendee is one person at the meeting.
type Attendee struct {
	Name string `json:"name" yaml:"name"`
	Role Role   `json:"role" yaml:"role"`
}

// ParseAttendees reads "Ana:facilitator,Bo:scribe,Cy" (role optional).
func ParseAttendees(s string) ([]Attendee, error) {
	var out []Attendee
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, role, _ := strings.Cut(part, ":")
		name = strings.TrimSpace(name)
		if name == "" {
			return nil, fmt.Errorf("attendee %q has no name", part)
		}
		r, err := ParseRole(role)
		if err != nil {
			return nil, fmt.Errorf("attendee %s: %w", name, err)
		}
		out = append(out, Attendee{Name: name, Role: r})
	}
	return out, nil
}

// Setup is what the meeting is about, entered on the setup screen.
type Setup struct {
	Title    string   `json:"title" yaml:"title"`
	Service  string   `json:"service" yaml:"service"`
	Severity Severity `json:"severity" yaml:"severity"`
	// IncidentDate is the incident's date, YYYY-MM-DD; timeline times
	// typed without a date fall on it.
	IncidentDate string `json:"incident_date" yaml:"incident_date"`
	// TimeZone is the IANA zone timeline times are typed in; "" is UTC.
	TimeZone  string     `json:"time_zone,omitempty" yaml:"time_zone,omitempty"`
	Attendees []Attendee `json:"attendees,omitempty" yaml:"attendees,omitempty"`
	// Status is the incident's status as the room declares it, Resolved or
	// Monitoring; "" lets the timeline decide (Resolved once it has a
	// #resolved line).
	Status string `json:"status,omitempty" yaml:"status,omitempty"`
}

// The statuses the postmortem template knows (seed 002).
const (
	IncidentResolved   = "Resolved"
	IncidentMonitoring = "Monitoring"
)

// ParseIncidentStatus accepts "resolved", "Monitoring" and the like, and ""
// for "let the timeline decide".
func ParseIncidentStatus(s string) (string, error) {
	switch t := strings.TrimSpace(s); {
	case t == "":
		return "", nil
	case strings.EqualFold(t, IncidentResolved):
		return IncidentResolved, nil
	case strings.EqualFold(t, IncidentMonitoring):
		return IncidentMonitoring, nil
	}
	return "", fmt.Errorf("status %q: want Resolved or Monitoring (or empty: from the timeline)", s)
}

// Names lists the attendees' names, for recognising people in notes.
func (s Setup) Names() []string {
	out := make([]string, 0, len(s.Attendees))
	for _, a := range s.Attendees {
		out = append(out, a.Name)
	}
	return out
}

// WithRole lists the names of attendees in a role.
func (s Setup) WithRole(r Role) []string {
	var out []string
	for _, a := range s.Attendees {
		if a.Role == r {
			out = append(out, a.Name)
		}
	}
	return out
}
