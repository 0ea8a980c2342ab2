#!/usr/bin/python3
"""A desktop notification service for tests: owns org.freedesktop.Notifications on the session bus
(run this under dbus-run-session), appends each notification to LOG as "summary<TAB>body" (one
line, newlines in the body as "\\n"), runs COMMAND while it serves, and exits with its status.
With --refuse it answers every notification with an error, as a broken service would. With --click
it has actions, and the user clicks each notification at once (ActionInvoked "default", then
NotificationClosed); each line then ends with "<TAB>actions=" and the actions it had.

Usage: fake_notifications.py [--refuse | --click] LOG COMMAND...
"""
import subprocess
import sys
import threading

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Notifications(dbus.service.Object):
    def __init__(self, bus, log, refuse, click):
        super().__init__(bus, PATH)
        self.log, self.refuse, self.click, self.next_id = log, refuse, click, 1

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        if self.refuse:
            raise dbus.exceptions.DBusException("refused for the test", name="org.freedesktop.DBus.Error.Failed")
        line = summary + "\t" + body.replace("\n", "\\n")
        if self.click:
            line += "\tactions=" + ",".join(actions)
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(line + "\n")
        notification_id = self.next_id
        self.next_id += 1
        if self.click:
            GLib.timeout_add(100, self.clicked, notification_id)
        return dbus.UInt32(notification_id)

    def clicked(self, notification_id):
        self.ActionInvoked(dbus.UInt32(notification_id), "default")
        self.NotificationClosed(dbus.UInt32(notification_id), dbus.UInt32(2))  # 2: dismissed by the user
        return False

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass

    @dbus.service.method(NAME, out_signature="as")
    def GetCapabilities(self):
        return ["body", "actions"] if self.click else ["body"]

    @dbus.service.method(NAME, out_signature="ssss")
    def GetServerInformation(self):
        return ("fake", "steadfast-tests", "1", "1.2")

    @dbus.service.method(NAME, in_signature="u")
    def CloseNotification(self, notification_id):
        pass


def main():
    args = sys.argv[1:]
    refuse, click = args[0] == "--refuse", args[0] == "--click"
    if refuse or click:
        args = args[1:]
    log, command = args[0], args[1:]
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    _name = dbus.service.BusName(NAME, bus)
    service = Notifications(bus, log, refuse, click)
    loop = GLib.MainLoop()
    status = [1]

    def run():
        status[0] = subprocess.call(command)
        GLib.idle_add(loop.quit)

    threading.Thread(target=run, daemon=True).start()
    loop.run()
    del service
    sys.exit(status[0])


if __name__ == "__main__":
    main()
