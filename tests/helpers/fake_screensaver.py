#!/usr/bin/python3
"""A screensaver service for tests: owns org.freedesktop.ScreenSaver on the session bus given by
DBUS_SESSION_BUS_ADDRESS, and appends to LOG "ready" once it serves, then "Inhibit APP REASON ->
COOKIE" and "UnInhibit COOKIE" for each call, one a line. Runs until killed.

Usage: fake_screensaver.py LOG
"""
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class ScreenSaver(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, PATH)
        self.log, self.next_cookie = log, 7

    def write(self, line):
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(line + "\n")

    @dbus.service.method(NAME, in_signature="ss", out_signature="u")
    def Inhibit(self, app_name, reason):
        cookie = self.next_cookie
        self.next_cookie += 1
        self.write("Inhibit %s %s -> %d" % (app_name, reason, cookie))
        return dbus.UInt32(cookie)

    @dbus.service.method(NAME, in_signature="u")
    def UnInhibit(self, cookie):
        self.write("UnInhibit %d" % cookie)


def main():
    log = sys.argv[1]
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    _name = dbus.service.BusName(NAME, bus)
    _service = ScreenSaver(bus, log)
    _service.write("ready")
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
