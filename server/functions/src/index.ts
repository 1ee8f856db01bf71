// The function app's entry point (package.json "main"): registering a function is importing its module.
import './reminders';
