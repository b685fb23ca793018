"""Search service shared by the materials library, the jobs board and the living guide."""
