from microcity.core.workflow import DomainError


class AccessibilityError(DomainError):
    """A barrier report cannot be changed as asked."""
