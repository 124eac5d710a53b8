public enum WiredeskDaemonPlaceholder {}
