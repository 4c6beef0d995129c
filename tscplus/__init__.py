"""Thai Stop COVID Plus (TSC+): the open platform of Thailand's Department of Health."""
