public enum WiredeskArchivePlaceholder {}
