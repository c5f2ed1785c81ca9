// Package servetest drives a served debrief meeting the way its people
// do: each with an ed25519 key and a role, dialling the server over SSH
// with a pty, their screens drawn by a terminal emulator. It is shared by
// the tests and benchmarks of serve and of tui, so it imports neither:
// serve's own tests run inside package serve, which servetest importing
// serve would turn into an import cycle.
package servetest
